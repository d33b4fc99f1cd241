package org.mpyjvm.stdlib.blockdev;

import org.mpyjvm.ports.board.Board;
import org.mpyjvm.runtime.Errno;
import org.mpyjvm.runtime.StorageException;
import org.mpyjvm.runtime.blockdev.BlockDevice;

/**
 * Refuses erase and program inside a board's protected regions (firmware, bootloader, reserved: BOARDS.md 0) with
 * EACCES, before anything is touched: on frdm_k64f the application spills into the {@code storage} area, so a
 * {@code FlashArea(STORAGE, ...)} write there returns Zephyr's {@code -13} instead of bricking the board.
 */
public final class GuardedBlockDevice implements BlockDevice {
    private final BlockDevice inner;
    private final Board board;
    private final String medium;
    private final long base;

    /** @param base the medium offset of the inner device's block 0 */
    public GuardedBlockDevice(BlockDevice inner, Board board, String medium, long base) {
        this.inner = inner;
        this.board = board;
        this.medium = medium;
        this.base = base;
    }

    private void guard(long block, long offset, long len) throws StorageException {
        long at = base + block * inner.blockSize() + offset;
        if (!board.protectedRegionsTouched(medium, at, len).isEmpty()) {
            throw new StorageException(Errno.EACCES, "protected region");
        }
    }

    @Override
    public int blockSize() throws StorageException {
        return inner.blockSize();
    }

    @Override
    public long blockCount() throws StorageException {
        return inner.blockCount();
    }

    @Override
    public void read(long block, int offset, byte[] dst, int dstOff, int len) throws StorageException {
        inner.read(block, offset, dst, dstOff, len);
    }

    @Override
    public void writeBlocks(long block, byte[] src, int srcOff, int len) throws StorageException {
        guard(block, 0, len);
        inner.writeBlocks(block, src, srcOff, len);
    }

    @Override
    public void program(long block, int offset, byte[] src, int srcOff, int len) throws StorageException {
        guard(block, offset, len);
        inner.program(block, offset, src, srcOff, len);
    }

    @Override
    public void erase(long block) throws StorageException {
        guard(block, 0, inner.blockSize());
        inner.erase(block);
    }

    @Override
    public void sync() throws StorageException {
        inner.sync();
    }

    @Override
    public boolean isWritable() {
        return inner.isWritable();
    }
}
