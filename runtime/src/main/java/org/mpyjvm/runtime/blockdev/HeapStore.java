package org.mpyjvm.runtime.blockdev;

import java.nio.ByteBuffer;
import java.util.Arrays;

/** A store in one heap array: what {@code --fresh} media and tests use. Limited to 2 GiB. */
public final class HeapStore implements MediaStore {
    private final byte[] data;

    public HeapStore(byte[] data) {
        this.data = data;
    }

    public static HeapStore filled(int size, byte value) {
        byte[] data = new byte[size];
        if (value != 0) {
            Arrays.fill(data, value);
        }
        return new HeapStore(data);
    }

    /** The live array (no copy). */
    public byte[] array() {
        return data;
    }

    @Override
    public long size() {
        return data.length;
    }

    @Override
    public byte get(long position) {
        return data[(int) position];
    }

    @Override
    public void read(long position, byte[] dst, int dstOff, int len) {
        System.arraycopy(data, (int) position, dst, dstOff, len);
    }

    @Override
    public void write(long position, byte[] src, int srcOff, int len) {
        System.arraycopy(src, srcOff, data, (int) position, len);
    }

    @Override
    public void fill(long position, long len, byte value) {
        Arrays.fill(data, (int) position, (int) (position + len), value);
    }

    @Override
    public ByteBuffer liveBuffer() {
        return ByteBuffer.wrap(data).asReadOnlyBuffer();
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
}
