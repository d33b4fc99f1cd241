package org.mpyjvm.runtime.littlefs;

import java.util.Arrays;
import org.mpyjvm.runtime.Errno;
import org.mpyjvm.runtime.StorageException;
import org.mpyjvm.runtime.blockdev.BlockDevice;

/**
 * Test-local NOR flash: erase sets a block to 0xFF, and programming a byte that is not erased to a different value
 * is a bug in the filesystem (littlefs only programs erased bytes), so it fails the test with an AssertionError
 * naming block, offset and old byte. The shared {@code NorFlash}/{@code faults} packages will replace this.
 */
class StrictNorDisk implements BlockDevice {
    private final int blockSize;
    private final int blockCount;
    final byte[] data;

    StrictNorDisk(int blockSize, int blockCount) {
        this.blockSize = blockSize;
        this.blockCount = blockCount;
        this.data = new byte[blockSize * blockCount];
        Arrays.fill(data, (byte) 0xFF);
    }

    StrictNorDisk(int blockSize, byte[] image) {
        this.blockSize = blockSize;
        this.blockCount = image.length / blockSize;
        this.data = image.clone();
    }

    @Override
    public int blockSize() {
        return blockSize;
    }

    @Override
    public long blockCount() {
        return blockCount;
    }

    private int at(long block, int offset, int len) throws StorageException {
        if (block < 0 || block >= blockCount || offset < 0 || offset + len > blockSize) {
            throw new StorageException(Errno.EIO, "out of range");
        }
        return (int) block * blockSize + offset;
    }

    @Override
    public void read(long block, int offset, byte[] dst, int dstOff, int len) throws StorageException {
        if (block < 0 || offset < 0 || block * blockSize + offset + len > data.length) {
            throw new StorageException(Errno.EIO, "out of range");
        }
        System.arraycopy(data, (int) block * blockSize + offset, dst, dstOff, len);
    }

    @Override
    public void writeBlocks(long block, byte[] src, int srcOff, int len) throws StorageException {
        throw new StorageException(Errno.EIO, "littlefs must not use the simple protocol");
    }

    @Override
    public void program(long block, int offset, byte[] src, int srcOff, int len) throws StorageException {
        int start = at(block, offset, len);
        for (int i = 0; i < len; i++) {
            byte old = data[start + i];
            byte now = src[srcOff + i];
            if (old != (byte) 0xFF && old != now) {
                throw new AssertionError("program over non-erased byte: block " + block + " offset "
                        + (offset + i) + " old 0x" + Integer.toHexString(old & 0xFF) + " new 0x"
                        + Integer.toHexString(now & 0xFF));
            }
            data[start + i] = now;
        }
    }

    @Override
    public void erase(long block) throws StorageException {
        int start = at(block, 0, blockSize);
        Arrays.fill(data, start, start + blockSize, (byte) 0xFF);
    }
}
