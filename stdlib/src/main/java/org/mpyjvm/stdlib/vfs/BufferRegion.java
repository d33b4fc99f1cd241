package org.mpyjvm.stdlib.vfs;

import org.mpyjvm.language.runtime.Buffer;
import org.mpyjvm.runtime.romfs.ByteRegion;

/** Any Python buffer (bytes, bytearray, memoryview) as the region a ROMFS image is read from, without a copy. */
final class BufferRegion implements ByteRegion {
    private final Buffer buffer;

    BufferRegion(Buffer buffer) {
        this.buffer = buffer;
    }

    @Override
    public long length() {
        return buffer.length();
    }

    @Override
    public int get(long offset) {
        return buffer.get((int) offset);
    }

    @Override
    public Object memory() {
        return buffer.memory();
    }

    @Override
    public long memoryOffset() {
        return buffer.memoryOffset();
    }

    @Override
    public void read(long offset, byte[] dst, int dstOff, int len) {
        byte[] copy = buffer.copy((int) offset, len);
        System.arraycopy(copy, 0, dst, dstOff, len);
    }
}
