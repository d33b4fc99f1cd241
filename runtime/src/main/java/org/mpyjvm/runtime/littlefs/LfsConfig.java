package org.mpyjvm.runtime.littlefs;

/**
 * The littlefs configuration MicroPython's {@code vfs_lfsx.c} passes to the library: block geometry from the
 * device, {@code block_cycles = 100}, {@code cache_size = min(block_size, 4 * max(read, prog))}, and the library
 * defaults for the limits ({@code inline_max = min(cache, attr_max, block_size / 8)}).
 *
 * @param lookaheadSize lookahead buffer in bytes (8 blocks per byte)
 */
public record LfsConfig(int readSize, int progSize, int blockSize, int blockCount, int blockCycles, int cacheSize,
                        int lookaheadSize, int nameMax, int fileMax, int attrMax, int inlineMax) {

    public static final int NAME_MAX = 255;
    public static final int FILE_MAX = 2147483647;
    public static final int ATTR_MAX = 1022;

    public LfsConfig {
        if (readSize <= 0 || progSize <= 0 || blockSize <= 0 || blockCount <= 0 || cacheSize <= 0
                || lookaheadSize <= 0) {
            throw new IllegalArgumentException("littlefs sizes must be positive");
        }
        if (cacheSize % readSize != 0 || cacheSize % progSize != 0 || blockSize % cacheSize != 0) {
            throw new IllegalArgumentException("cache size must divide the block size and be a multiple of "
                    + "read and prog size");
        }
    }

    /** MicroPython's defaults: {@code VfsLfs2(bdev, readsize=32, progsize=32, lookahead=32)}. */
    public static LfsConfig micropython(int blockSize, int blockCount) {
        return micropython(blockSize, blockCount, 32, 32, 32);
    }

    public static LfsConfig micropython(int blockSize, int blockCount, int readSize, int progSize, int lookahead) {
        int cache = Math.min(blockSize, 4 * Math.max(readSize, progSize));
        int inline = Math.min(cache, Math.min(ATTR_MAX, blockSize / 8));
        return new LfsConfig(readSize, progSize, blockSize, blockCount, 100, cache, lookahead, NAME_MAX, FILE_MAX,
                ATTR_MAX, inline);
    }
}
