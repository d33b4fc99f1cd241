package org.mpyjvm.runtime.blockdev;

import java.io.IOException;
import java.nio.file.Path;
import org.mpyjvm.runtime.Errno;
import org.mpyjvm.runtime.StorageException;

/**
 * A block device with no erase physics: a write simply replaces bytes, like MicroPython's {@code RAMBlockDev}
 * test helper. Erase fills a block with {@code eraseValue}. Held in heap memory, or persisted in a raw image
 * file ({@link #openImage}).
 */
public final class RamDisk extends StoredMedium implements BlockDevice {
    private final int blockSize;
    private final long blockCount;
    private final byte eraseValue;

    public RamDisk(int blockSize, int blockCount) {
        this(blockSize, blockCount, (byte) 0);
    }

    public RamDisk(int blockSize, int blockCount, byte eraseValue) {
        this(blockSize, checkedCount(blockSize, blockCount),
                HeapStore.filled(Math.multiplyExact(blockSize, blockCount), eraseValue), eraseValue);
    }

    /** Wraps an existing image; its length must be a multiple of the block size. */
    public RamDisk(int blockSize, byte[] image) {
        this(blockSize, imageBlocks(blockSize, image), new HeapStore(image), (byte) 0);
    }

    private RamDisk(int blockSize, long blockCount, MediaStore store, byte eraseValue) {
        super(store);
        this.blockSize = blockSize;
        this.blockCount = blockCount;
        this.eraseValue = eraseValue;
    }

    private static long checkedCount(int blockSize, int blockCount) {
        if (blockSize <= 0 || blockCount <= 0) {
            throw new IllegalArgumentException("block size and count must be positive");
        }
        return blockCount;
    }

    private static long imageBlocks(int blockSize, byte[] image) {
        if (blockSize <= 0 || image.length % blockSize != 0) {
            throw new IllegalArgumentException("image length must be a multiple of the block size");
        }
        return image.length / blockSize;
    }

    /** A disk persisted in a raw image file; a new file starts filled with {@code eraseValue}. */
    public static RamDisk openImage(Path image, int blockSize, int blockCount, byte eraseValue) throws IOException {
        checkedCount(blockSize, blockCount);
        FileStore store = FileStore.open(image, (long) blockSize * blockCount, eraseValue, true);
        return new RamDisk(blockSize, blockCount, store, eraseValue);
    }

    /**
     * The live backing array (no copy): what tests and image exporters read. Only heap disks have one; a disk
     * persisted in a file is read through {@link #view()}.
     */
    public byte[] bytes() {
        if (store instanceof HeapStore heap) {
            return heap.array();
        }
        throw new IllegalStateException("a file-backed RamDisk has no heap array; use view()");
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
        long start = checkRange(block, offset, len);
        load(start, dst, dstOff, len);
    }

    @Override
    public void writeBlocks(long block, byte[] src, int srcOff, int len) throws StorageException {
        program(block, 0, src, srcOff, len);
    }

    @Override
    public void program(long block, int offset, byte[] src, int srcOff, int len) throws StorageException {
        long start = checkRange(block, offset, len);
        save(start, src, srcOff, len);
    }

    @Override
    public void erase(long block) throws StorageException {
        long start = checkRange(block, 0, blockSize);
        fillBytes(start, blockSize, eraseValue);
    }

    private long checkRange(long block, int offset, int len) throws StorageException {
        if (block < 0 || offset < 0 || len < 0) {
            throw new StorageException(Errno.EIO, "negative block, offset or length");
        }
        long start = block * blockSize + offset;
        if (block >= blockCount || start + len > store.size()) {
            throw new StorageException(Errno.EIO, "access beyond the end of the device");
        }
        return start;
    }
}
