package org.mpyjvm.runtime.littlefs;

import org.mpyjvm.runtime.StorageException;
import org.mpyjvm.runtime.blockdev.BlockDevice;

/**
 * Decorator that counts program and erase operations and loses power at the {@code cutAt}-th one: in ATOMIC mode
 * that operation does not happen at all; in TORN mode only its first half does (an erase leaves the second half of
 * the block with its old bytes, a program writes the first half of its bytes). Then {@link PowerCut} is thrown,
 * which no filesystem code catches.
 */
final class PowerCutDevice implements BlockDevice {
    enum Mode { ATOMIC, TORN }

    static final class PowerCut extends RuntimeException {
        private static final long serialVersionUID = 1L;

        PowerCut() {
            super("power cut", null, false, false);
        }
    }

    private final BlockDevice inner;
    private final long cutAt;
    private final Mode mode;
    long ops;

    PowerCutDevice(BlockDevice inner, long cutAt, Mode mode) {
        this.inner = inner;
        this.cutAt = cutAt;
        this.mode = mode;
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
        inner.writeBlocks(block, src, srcOff, len);
    }

    @Override
    public void program(long block, int offset, byte[] src, int srcOff, int len) throws StorageException {
        if (++ops == cutAt) {
            if (mode == Mode.TORN) {
                inner.program(block, offset, src, srcOff, len / 2);
            }
            throw new PowerCut();
        }
        inner.program(block, offset, src, srcOff, len);
    }

    @Override
    public void erase(long block) throws StorageException {
        if (++ops == cutAt) {
            if (mode == Mode.TORN) {
                int bs = inner.blockSize();
                byte[] old = new byte[bs];
                inner.read(block, 0, old, 0, bs);
                inner.erase(block);
                inner.program(block, bs / 2, old, bs / 2, bs - bs / 2);
            }
            throw new PowerCut();
        }
        inner.erase(block);
    }

    @Override
    public void sync() throws StorageException {
        inner.sync();
    }
}
