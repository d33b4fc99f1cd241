package org.mpyjvm.runtime.blockdev;

/**
 * Simulated durations of flash commands, in nanoseconds. Nothing sleeps: the flash only adds them up so tools
 * can report how long a workload would take on the part.
 */
public record NorTiming(long pageProgramNanos, long sectorEraseNanos, long readNanosPerByte) {
    /** No timing: every command is free. */
    public static final NorTiming NONE = new NorTiming(0, 0, 0);

    /**
     * Typical figures of a 4 KiB-sector SPI NOR part (Winbond W25Q datasheet typicals: 0.4 ms page program,
     * 45 ms sector erase, quad read at 80 MHz = 25 ns a byte).
     */
    public static final NorTiming TYPICAL_SPI_NOR = new NorTiming(400_000, 45_000_000, 25);

    public NorTiming {
        if (pageProgramNanos < 0 || sectorEraseNanos < 0 || readNanosPerByte < 0) {
            throw new IllegalArgumentException("negative duration");
        }
    }
}
