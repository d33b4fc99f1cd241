package org.mpyjvm.stdlib.fuzz;

import org.mpyjvm.runtime.blockdev.BlockDevice;

/**
 * Where {@code mpy fuzz} (launcher) and the {@code _mpyjvm_fuzz} module meet: the launcher puts the current run's
 * fault-wrapped device and seed here before it calls the script's {@code workload}/{@code check}, and reads back
 * the geometry the script declared. One fuzz command runs per JVM, on one thread, so plain static state is enough.
 */
public final class FuzzTarget {
    /** What the script asked for with module-level {@code BLOCKS}, {@code BLOCK_SIZE} and {@code MEDIUM}. */
    public record Geometry(long blocks, int blockSize, String medium) {
    }

    private static volatile BlockDevice device;
    private static volatile long seed;
    private static volatile Geometry declared;

    private FuzzTarget() {
    }

    public static void setRun(BlockDevice runDevice, long runSeed) {
        device = runDevice;
        seed = runSeed;
    }

    static BlockDevice device() {
        return device;
    }

    static long seed() {
        return seed;
    }

    static void declare(Geometry geometry) {
        declared = geometry;
    }

    /** The declared geometry, or null when the script declared none (the board's storage is used). */
    public static Geometry declared() {
        return declared;
    }

    public static void reset() {
        device = null;
        declared = null;
        seed = 0;
    }
}
