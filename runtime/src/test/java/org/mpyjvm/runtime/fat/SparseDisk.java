package org.mpyjvm.runtime.fat;

import java.util.HashMap;
import java.util.Map;
import org.mpyjvm.runtime.Errno;
import org.mpyjvm.runtime.StorageException;
import org.mpyjvm.runtime.blockdev.BlockDevice;

/** A huge zero-filled device that stores only the blocks written (for the 32 GiB SD card format test). */
final class SparseDisk implements BlockDevice {
    private final int blockSize;
    private final long blockCount;
    final Map<Long, byte[]> blocks = new HashMap<>();
    long blocksWritten;

    SparseDisk(int blockSize, long blockCount) {
        this.blockSize = blockSize;
        this.blockCount = blockCount;
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
        long pos = block * blockSize + offset;
        for (int i = 0; i < len; ) {
            long b = (pos + i) / blockSize;
            int o = (int) ((pos + i) % blockSize);
            int n = Math.min(len - i, blockSize - o);
            check(b);
            byte[] data = blocks.get(b);
            if (data == null) {
                java.util.Arrays.fill(dst, dstOff + i, dstOff + i + n, (byte) 0);
            } else {
                System.arraycopy(data, o, dst, dstOff + i, n);
            }
            i += n;
        }
    }

    @Override
    public void writeBlocks(long block, byte[] src, int srcOff, int len) throws StorageException {
        for (int i = 0; i < len / blockSize; i++) {
            check(block + i);
            byte[] data = new byte[blockSize];
            System.arraycopy(src, srcOff + i * blockSize, data, 0, blockSize);
            blocks.put(block + i, data);
            blocksWritten++;
        }
    }

    @Override
    public void program(long block, int offset, byte[] src, int srcOff, int len) throws StorageException {
        throw new StorageException(Errno.EIO, "not used by FAT");
    }

    @Override
    public void erase(long block) {
        blocks.remove(block);
    }

    private void check(long b) throws StorageException {
        if (b < 0 || b >= blockCount) {
            throw new StorageException(Errno.EIO, "beyond the end");
        }
    }
}
