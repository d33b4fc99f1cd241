package org.mpyjvm.runtime.blockdev;

import java.util.Arrays;
import org.mpyjvm.runtime.Errno;
import org.mpyjvm.runtime.StorageException;

/**
 * A block device in heap memory with no erase physics: a write simply replaces bytes, like MicroPython's
 * {@code RAMBlockDev} test helper. Erase fills a block with {@code eraseValue}.
 */
public final class RamDisk implements BlockDevice {
    private final int blockSize;
    private final long blockCount;
    private final byte[] data;
    private final byte eraseValue;

    public RamDisk(int blockSize, int blockCount) {
        this(blockSize, blockCount, (byte) 0);
    }

    public RamDisk(int blockSize, int blockCount, byte eraseValue) {
        if (blockSize <= 0 || blockCount <= 0) {
            throw new IllegalArgumentException("block size and count must be positive");
        }
        this.blockSize = blockSize;
        this.blockCount = blockCount;
        this.data = new byte[Math.multiplyExact(blockSize, blockCount)];
        this.eraseValue = eraseValue;
        if (eraseValue != 0) {
            Arrays.fill(data, eraseValue);
        }
    }

    /** Wraps an existing image; its length must be a multiple of the block size. */
    public RamDisk(int blockSize, byte[] image) {
        if (blockSize <= 0 || image.length % blockSize != 0) {
            throw new IllegalArgumentException("image length must be a multiple of the block size");
        }
        this.blockSize = blockSize;
        this.blockCount = image.length / blockSize;
        this.data = image;
        this.eraseValue = (byte) 0;
    }

    /** The live backing array (no copy): what tests and image exporters read. */
    public byte[] bytes() {
        return data;
    }

    @Override
    public int blockSize() {
        return blockSize;
    }

    @Override
    public long blockCount() {
        return blockCount;
    }

    @Override
    public void read(long block, int offset, byte[] dst, int dstOff, int len) throws StorageException {
        int start = checkRange(block, offset, len);
        System.arraycopy(data, start, dst, dstOff, len);
    }

    @Override
    public void writeBlocks(long block, byte[] src, int srcOff, int len) throws StorageException {
        int start = checkRange(block, 0, len);
        System.arraycopy(src, srcOff, data, start, len);
    }

    @Override
    public void program(long block, int offset, byte[] src, int srcOff, int len) throws StorageException {
        int start = checkRange(block, offset, len);
        System.arraycopy(src, srcOff, data, start, len);
    }

    @Override
    public void erase(long block) throws StorageException {
        int start = checkRange(block, 0, blockSize);
        Arrays.fill(data, start, start + blockSize, eraseValue);
    }

    private int checkRange(long block, int offset, int len) throws StorageException {
        if (block < 0 || offset < 0 || len < 0) {
            throw new StorageException(Errno.EIO, "negative block, offset or length");
        }
        long start = block * blockSize + offset;
        if (block >= blockCount || start + len > data.length) {
            throw new StorageException(Errno.EIO, "access beyond the end of the device");
        }
        return (int) start;
    }
}
