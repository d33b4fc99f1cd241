package org.mpyjvm.ports.memory;

import org.mpyjvm.runtime.Errno;
import org.mpyjvm.runtime.StorageException;
import org.mpyjvm.runtime.blockdev.BlockDevice;

/**
 * A flash region as a block device, the shape of {@code rp2.Flash}, {@code esp32.Partition},
 * {@code mimxrt.Flash} and {@code spark.ExternalFlash}: block {@code n} is region offset {@code n * blockSize}.
 * The simple write erases every block it touches first; the extended write never erases. A block outside the
 * region is EINVAL, so nothing beyond the region is addressable. The block size should be a multiple of the
 * medium's erase unit, or a block erase takes its neighbours along.
 */
public final class RegionBlockDevice implements BlockDevice {
    private final MemoryRegion region;
    private final int blockSize;
    private final long blockCount;

    public RegionBlockDevice(MemoryRegion region, int blockSize) {
        if (blockSize <= 0) {
            throw new IllegalArgumentException("block size must be positive");
        }
        this.region = region;
        this.blockSize = blockSize;
        this.blockCount = region.length() / blockSize;
    }

    /** The bytes behind the buffer protocol (always current, no copy). */
    public MemoryRegion region() {
        return region;
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
        long at = at(block, offset, len);
        region.read(at, dst, dstOff, len);
    }

    @Override
    public void writeBlocks(long block, byte[] src, int srcOff, int len) throws StorageException {
        if (len % blockSize != 0) {
            throw new StorageException(Errno.EINVAL, "length is not a whole number of blocks");
        }
        long at = at(block, 0, len);
        region.erase(at, len);
        region.program(at, src, srcOff, len);
    }

    @Override
    public void program(long block, int offset, byte[] src, int srcOff, int len) throws StorageException {
        region.program(at(block, offset, len), src, srcOff, len);
    }

    @Override
    public void erase(long block) throws StorageException {
        region.erase(at(block, 0, blockSize), blockSize);
    }

    @Override
    public boolean isWritable() {
        return !region.readOnly();
    }

    private long at(long block, int offset, long len) throws StorageException {
        long usable = blockCount * blockSize;
        if (block < 0 || block >= blockCount || offset < 0 || len < 0) {
            throw new StorageException(Errno.EINVAL, "block " + block + " outside 0.." + (blockCount - 1));
        }
        long at = block * blockSize + offset;
        if (at > usable - len) {
            throw new StorageException(Errno.EINVAL, "access past the last block");
        }
        return at;
    }
}
