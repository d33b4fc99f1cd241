package org.mpyjvm.runtime.blockdev;

/**
 * A refused program command: the first byte that would need a bit to go from 0 to 1. {@code offset} is relative
 * to the start of {@code sector}; {@code address} is the absolute byte address in the chip.
 */
public record NorViolation(long sector, int offset, long address, int oldByte, int newByte) {
    /** The one stderr line the CLI prints. */
    public String describe() {
        return String.format("flash: program would set bits 0->1 at sector %d offset 0x%x (address 0x%x): "
                + "old 0x%02x new 0x%02x; erase the sector first", sector, offset, address, oldByte, newByte);
    }
}
