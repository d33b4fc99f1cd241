package org.mpyjvm.runtime.fat;

/**
 * FatFs's one-sector window ({@code FF_FS_TINY}, as MicroPython builds it): the last sector FatFs moved through
 * its shared buffer. It matters for one visible effect: when a file grows into a fresh sector with a partial
 * write, FatFs does not read that sector ("avoid silly cache filling on the growing edge") but relabels the
 * window, so the rest of the sector receives whatever the window held: usually the FAT sector just updated or
 * the file's previous sector. Tracking it lets written images match MicroPython's byte for byte.
 */
final class SectorWindow {
    private long sector = -1;
    private byte[] data;
    private int offset;

    /** The window now shows {@code sector}, whose live bytes are {@code src[off .. off+ss)}. */
    void show(long sector, byte[] src, int off) {
        this.sector = sector;
        this.data = src;
        this.offset = off;
    }

    /** A private copy of the window's bytes (zeros before anything was shown). */
    byte[] contents(int ss) {
        byte[] out = new byte[ss];
        if (data != null) {
            System.arraycopy(data, offset, out, 0, ss);
        }
        return out;
    }

    /** A direct multi-sector write over the window's sector refreshes the window (FatFs "refill"). */
    void refill(long first, int count, byte[] src, int srcOff, int ss) {
        if (sector >= first && sector < first + count) {
            byte[] copy = new byte[ss];
            System.arraycopy(src, srcOff + (int) (sector - first) * ss, copy, 0, ss);
            show(sector, copy, 0);
        }
    }
}
