package org.mpyjvm.runtime.blockdev;

import org.mpyjvm.runtime.Errno;
import org.mpyjvm.runtime.StorageException;

/**
 * A window of a {@link NorFlash} seen as its own block device: a Zephyr flash area, an ESP32 partition, the
 * mimxrt user-storage region or a ROMFS segment. Block 0 is the window's first byte; nothing outside the window
 * can be read, programmed or erased through it. The block size is the caller's choice (Zephyr's
 * {@code FlashArea(id, block_size)}) but must be whole erase sectors, so erasing a block never touches a
 * neighbour; a trailing partial block is unusable, as on Zephyr.
 */
public final class FlashPartition implements BlockDevice {
    private final NorFlash flash;
    private final long offset;
    private final long size;
    private final int blockSize;
    private final long blockCount;

    public FlashPartition(NorFlash flash, long offset, long size, int blockSize) {
        if (offset < 0 || size < 0 || offset + size > flash.size()) {
            throw new IllegalArgumentException("partition 0x" + Long.toHexString(offset) + "+0x"
                    + Long.toHexString(size) + " outside the flash");
        }
        if (offset % flash.sectorSize() != 0) {
            throw new IllegalArgumentException("partition offset must be sector-aligned");
        }
        if (blockSize <= 0 || blockSize % flash.sectorSize() != 0) {
            throw new IllegalArgumentException("block size must be a whole number of erase sectors");
        }
        this.flash = flash;
        this.offset = offset;
        this.size = size;
        this.blockSize = blockSize;
        this.blockCount = size / blockSize;
    }

    /** A partition whose block is the flash's erase sector. */
    public FlashPartition(NorFlash flash, long offset, long size) {
        this(flash, offset, size, flash.sectorSize());
    }

    public NorFlash flash() {
        return flash;
    }

    public long offset() {
        return offset;
    }

    public long size() {
        return size;
    }

    /** The XIP window of exactly this partition. */
    public ByteRegion view() {
        return flash.view(offset, size);
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
    public void read(long block, int off, byte[] dst, int dstOff, int len) throws StorageException {
        flash.readAt(address(block, off, len), dst, dstOff, len);
    }

    @Override
    public void writeBlocks(long block, byte[] src, int srcOff, int len) throws StorageException {
        if (len % blockSize != 0) {
            throw new StorageException(Errno.EINVAL, "simple write of " + len + " bytes is not whole blocks");
        }
        long address = address(block, 0, len);
        for (int done = 0; done < len; done += blockSize) {
            eraseAt(address + done);
            flash.programAt(address + done, src, srcOff + done, blockSize);
        }
    }

    @Override
    public void program(long block, int off, byte[] src, int srcOff, int len) throws StorageException {
        flash.programAt(address(block, off, len), src, srcOff, len);
    }

    @Override
    public void erase(long block) throws StorageException {
        eraseAt(address(block, 0, blockSize));
    }

    private void eraseAt(long address) throws StorageException {
        long first = address / flash.sectorSize();
        for (int i = 0; i < blockSize / flash.sectorSize(); i++) {
            flash.eraseSector(first + i);
        }
    }

    /** The chip address of a range, refusing anything that leaves the usable blocks of the window. */
    private long address(long block, int off, long len) throws StorageException {
        long usable = blockCount * blockSize;
        if (block < 0 || off < 0 || len < 0 || block >= blockCount) {
            throw new StorageException(Errno.EIO, "block " + block + " outside the partition");
        }
        long rel = block * blockSize + off;
        if (rel + len > usable) {
            throw new StorageException(Errno.EIO, "access beyond the end of the partition");
        }
        return offset + rel;
    }

    @Override
    public String toString() {
        return "FlashPartition(0x" + Long.toHexString(offset) + ", " + blockCount + " x " + blockSize + " B)";
    }
}
