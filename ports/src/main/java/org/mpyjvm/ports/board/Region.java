package org.mpyjvm.ports.board;

/**
 * One range of a medium's use map (BOARDS.md section 3): regions of one medium never overlap.
 *
 * @param use       {@code bootloader}, {@code firmware}, {@code reserved}, {@code config}, {@code nvm} (all
 *                  protected: Python cannot write them, host tools need {@code --force}), {@code storage}
 *                  (the filesystem area), {@code rom} (a ROM segment), {@code user} (raw user area), {@code unused}
 * @param api       for storage/user regions: the Python object serving it ({@code rp2.Flash()}), else null
 * @param blockSize block size of that object (0 when none)
 */
public record Region(String use, String label, String medium, long offset, long size, String api, int blockSize) {
    public long end() {
        return offset + size;
    }

    public boolean isProtected() {
        return switch (use) {
            case "bootloader", "firmware", "reserved", "config", "nvm" -> true;
            default -> false;
        };
    }

    public boolean overlaps(String otherMedium, long from, long length) {
        return medium.equals(otherMedium) && from < end() && offset < from + length;
    }
}
