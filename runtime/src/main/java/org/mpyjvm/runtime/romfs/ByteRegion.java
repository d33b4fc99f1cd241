package org.mpyjvm.runtime.romfs;

import java.nio.ByteBuffer;
import java.util.Objects;

/**
 * A readable run of bytes addressed from 0: a heap array, a memory-mapped flash window, a ROM segment. ROMFS reads
 * images through it without copying them, so a file's contents stay an (offset, length) view into the region and
 * always show what the medium holds now. Implementations must accept any {@code offset, len} inside
 * {@code [0, length())}; callers bounds-check before asking.
 */
public interface ByteRegion {
    long length();

    /** One byte, 0..255. */
    int get(long offset);

    /** Copies {@code len} bytes starting at {@code offset}. */
    default void read(long offset, byte[] dst, int dstOff, int len) {
        for (int i = 0; i < len; i++) {
            dst[dstOff + i] = (byte) get(offset + i);
        }
    }

    /**
     * The memory this region is a window on: an object that every region over the same memory returns (a
     * {@code byte[]}, a Python buffer, or the outermost region), so simulated addresses of two views can be compared
     * (uctypes.addressof of a ROMFS file lies inside its image). Defaults to the region itself.
     */
    default Object memory() {
        return this;
    }

    /** Where byte 0 of this region lies inside {@link #memory()}. */
    default long memoryOffset() {
        return 0;
    }

    /** A view of {@code [offset, offset + len)} of this region (no copy). */
    default ByteRegion slice(long offset, long len) {
        if (offset < 0 || len < 0 || offset + len > length()) {
            throw new IndexOutOfBoundsException("slice " + offset + "+" + len + " of " + length());
        }
        ByteRegion outer = this;
        return new ByteRegion() {
            @Override
            public long length() {
                return len;
            }

            @Override
            public int get(long at) {
                return outer.get(offset + at);
            }

            @Override
            public void read(long at, byte[] dst, int dstOff, int n) {
                outer.read(offset + at, dst, dstOff, n);
            }

            @Override
            public Object memory() {
                return outer.memory();
            }

            @Override
            public long memoryOffset() {
                return outer.memoryOffset() + offset;
            }
        };
    }

    /** The whole array as a region (no copy). */
    static ByteRegion of(byte[] bytes) {
        return of(bytes, 0, bytes.length);
    }

    /** {@code bytes[from, from + len)} as a region (no copy). */
    static ByteRegion of(byte[] bytes, int from, int len) {
        Objects.checkFromIndexSize(from, len, bytes.length);
        return new ByteRegion() {
            @Override
            public long length() {
                return len;
            }

            @Override
            public int get(long offset) {
                return bytes[from + (int) offset] & 0xFF;
            }

            @Override
            public void read(long offset, byte[] dst, int dstOff, int n) {
                System.arraycopy(bytes, from + (int) offset, dst, dstOff, n);
            }

            @Override
            public Object memory() {
                return bytes;
            }

            @Override
            public long memoryOffset() {
                return from;
            }
        };
    }

    /** A buffer's bytes from 0 to its limit, read with absolute gets (the buffer's position is never moved). */
    static ByteRegion of(ByteBuffer buffer) {
        ByteBuffer view = buffer.duplicate();
        view.position(0);
        return new ByteRegion() {
            @Override
            public long length() {
                return view.limit();
            }

            @Override
            public int get(long offset) {
                return view.get((int) offset) & 0xFF;
            }
        };
    }
}
