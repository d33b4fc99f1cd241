package org.mpyjvm.ports.board;

/** {@code count} consecutive erase units of {@code size} bytes (STM32 internal flash mixes 16K, 64K and 128K). */
public record EraseRun(long size, int count) {
    public long bytes() {
        return size * count;
    }
}
