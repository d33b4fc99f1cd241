package org.mpyjvm.ports.board;

import java.util.List;

/**
 * One storage chip or memory of a board: what a {@code <id>.img} file in the device folder holds.
 *
 * @param id          file-name-safe name ({@code flash}, {@code qspi}, {@code mram}, {@code sd0}, {@code rom0})
 * @param kind        {@code nor} (erase to 0xFF, program clears bits), {@code mram} (overwrite, no erase) or
 *                    {@code sd} (512-byte sectors, overwrite, starts zeroed)
 * @param sectors     the erase layout from offset 0; empty for media without erase
 * @param programUnit smallest program (write-block) size in bytes
 * @param pageSize    most bytes one program command may write (0: no page limit)
 * @param mappedAt    CPU address of byte 0 when memory-mapped (XIP), or -1
 */
public record Medium(String id, String kind, String part, long size, List<EraseRun> sectors, int programUnit,
                     int pageSize, long mappedAt, String jedec) {
    public static final String NOR = "nor";
    public static final String MRAM = "mram";
    public static final String SD = "sd";

    public boolean erasable() {
        return !sectors.isEmpty();
    }

    public boolean mapped() {
        return mappedAt >= 0;
    }

    /** Erased value: 0xFF on NOR and MRAM (chosen for MRAM), 0x00 on SD cards. */
    public byte blankValue() {
        return kind.equals(SD) ? 0 : (byte) 0xFF;
    }

    /** The erase unit containing {@code offset} as {start, size}, or null outside the medium or without erase. */
    public long[] eraseUnitAt(long offset) {
        long start = 0;
        for (EraseRun run : sectors) {
            if (offset < start + run.bytes()) {
                long index = (offset - start) / run.size();
                return new long[] {start + index * run.size(), run.size()};
            }
            start += run.bytes();
        }
        return null;
    }

    /** Whether {@code offset} is the first byte of an erase unit (or the end of the medium). */
    public boolean isEraseBoundary(long offset) {
        if (offset == size) {
            return true;
        }
        long[] unit = eraseUnitAt(offset);
        return unit != null && unit[0] == offset;
    }

    /** Largest erase unit (what stm32 reports as the internal flash's op-6 granularity). */
    public long largestEraseUnit() {
        return sectors.stream().mapToLong(EraseRun::size).max().orElse(0);
    }
}
