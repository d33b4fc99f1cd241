package org.mpyjvm.runtime.blockdev;

import org.mpyjvm.runtime.StorageException;

/** A block device that passes every call to another one; tests override the calls they want to watch. */
public class ForwardingDevice implements BlockDevice {
    protected final BlockDevice target;

    public ForwardingDevice(BlockDevice target) {
        this.target = target;
    }

    @Override
    public int blockSize() throws StorageException {
        return target.blockSize();
    }

    @Override
    public long blockCount() throws StorageException {
        return target.blockCount();
    }

    @Override
    public void read(long block, int offset, byte[] dst, int dstOff, int len) throws StorageException {
        target.read(block, offset, dst, dstOff, len);
    }

    @Override
    public void writeBlocks(long block, byte[] src, int srcOff, int len) throws StorageException {
        target.writeBlocks(block, src, srcOff, len);
    }

    @Override
    public void program(long block, int offset, byte[] src, int srcOff, int len) throws StorageException {
        target.program(block, offset, src, srcOff, len);
    }

    @Override
    public void erase(long block) throws StorageException {
        target.erase(block);
    }
}
