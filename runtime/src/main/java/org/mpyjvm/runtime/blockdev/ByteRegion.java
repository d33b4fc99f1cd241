package org.mpyjvm.runtime.blockdev;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.Objects;

/**
 * A read-only, zero-copy window on a medium's live bytes: what a memory-mapped (XIP) flash window looks like
 * to a program. {@code memoryview(mimxrt.Flash())} and ROMFS file views wrap one; later programs and erases of
 * the medium show through, and reading never counts as a flash read command.
 */
public final class ByteRegion {
    private final MediaStore store;
    private final long base;
    private final long length;

    ByteRegion(MediaStore store, long base, long length) {
        this.store = Objects.requireNonNull(store);
        if (base < 0 || length < 0 || base + length > store.size()) {
            throw new IndexOutOfBoundsException("region " + base + "+" + length + " outside " + store.size());
        }
        this.base = base;
        this.length = length;
    }

    /** A region over a plain array (for images held in memory, e.g. a ROMFS segment). */
    public static ByteRegion of(byte[] bytes) {
        return new ByteRegion(new HeapStore(bytes), 0, bytes.length);
    }

    public long length() {
        return length;
    }

    /** Always true: XIP windows cannot be written through ({@code memoryview} item assignment is a TypeError). */
    public boolean isReadOnly() {
        return true;
    }

    public byte get(long index) {
        Objects.checkIndex(index, length);
        try {
            return store.get(base + index);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void read(long index, byte[] dst, int dstOff, int len) {
        Objects.checkFromIndexSize(index, len, length);
        Objects.checkFromIndexSize(dstOff, len, dst.length);
        try {
            store.read(base + index, dst, dstOff, len);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A sub-window; {@code offset} and {@code len} are relative to this region. */
    public ByteRegion slice(long offset, long len) {
        Objects.checkFromIndexSize(offset, len, length);
        return new ByteRegion(store, base + offset, len);
    }

    /**
     * A read-only {@link ByteBuffer} over exactly this window, or null when the store has no mapping (images
     * larger than 2 GiB). The buffer is live, like the region.
     */
    public ByteBuffer asByteBuffer() {
        ByteBuffer whole = store.liveBuffer();
        if (whole == null || length > Integer.MAX_VALUE) {
            return null;
        }
        return whole.position((int) base).limit((int) (base + length)).slice().asReadOnlyBuffer();
    }
}
