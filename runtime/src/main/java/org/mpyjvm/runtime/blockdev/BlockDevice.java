package org.mpyjvm.runtime.blockdev;

import org.mpyjvm.runtime.StorageException;

/**
 * MicroPython's block-device protocol, as {@code extmod/vfs_blockdev.c} drives it.
 *
 * <p>The simple protocol ({@code readblocks(n, buf)} / {@code writeblocks(n, buf)}) moves whole blocks and the
 * device erases whatever it must before writing (what FAT needs). The extended protocol adds a byte offset inside
 * the block and never erases implicitly: littlefs erases with {@code ioctl(6, n)} and then programs erased bytes.
 * Java media implement this directly; Python objects are adapted to it by the stdlib.
 */
public interface BlockDevice {
    int IOCTL_INIT = 1;
    int IOCTL_DEINIT = 2;
    int IOCTL_SYNC = 3;
    int IOCTL_BLOCK_COUNT = 4;
    int IOCTL_BLOCK_SIZE = 5;
    int IOCTL_BLOCK_ERASE = 6;

    /** ioctl(5): bytes per block. */
    int blockSize() throws StorageException;

    /** ioctl(4): number of blocks. */
    long blockCount() throws StorageException;

    /** Simple or extended read: {@code len} bytes starting {@code offset} bytes into {@code block}, may span blocks. */
    void read(long block, int offset, byte[] dst, int dstOff, int len) throws StorageException;

    /** Simple write of whole blocks starting at {@code block}; the device erases as needed. */
    void writeBlocks(long block, byte[] src, int srcOff, int len) throws StorageException;

    /**
     * Extended write: program {@code len} bytes at {@code offset} inside {@code block} without erasing.
     * On NOR flash only 1-to-0 transitions are possible.
     */
    void program(long block, int offset, byte[] src, int srcOff, int len) throws StorageException;

    /** ioctl(6): erase one block. */
    void erase(long block) throws StorageException;

    /** Whether the extended protocol (offset reads/writes, erase) is available. */
    default boolean supportsExtended() {
        return true;
    }

    /** ioctl(3). */
    default void sync() throws StorageException {
    }

    /** ioctl(1, arg); a non-zero result from a Python device becomes a StorageException. */
    default void init(int arg) throws StorageException {
    }

    /** ioctl(2). */
    default void deinit() throws StorageException {
    }

    /** False when the device has no write method at all (writes fail with EROFS). */
    default boolean isWritable() {
        return true;
    }
}
