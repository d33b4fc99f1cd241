package org.mpyjvm.ports.device;

import java.util.Arrays;
import java.util.Objects;

/**
 * An image in heap memory, allocated in 64 KiB pages on first write, so an untouched 4 GiB SD card costs almost
 * nothing. Pages never written read as the fill value the store was created with.
 */
public final class MemoryImageStore implements ImageStore {
    private static final int PAGE_BITS = 16;
    private static final int PAGE = 1 << PAGE_BITS;

    private final long size;
    private final byte blank;
    private final byte[][] pages;

    public MemoryImageStore(long size, byte blank) {
        if (size < 0 || (size + PAGE - 1) >>> PAGE_BITS > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("bad image size " + size);
        }
        this.size = size;
        this.blank = blank;
        this.pages = new byte[(int) ((size + PAGE - 1) >>> PAGE_BITS)][];
    }

    @Override
    public long length() {
        return size;
    }

    @Override
    public int get(long offset) {
        Objects.checkIndex(offset, size);
        byte[] page = pages[(int) (offset >>> PAGE_BITS)];
        return (page == null ? blank : page[(int) (offset & (PAGE - 1))]) & 0xFF;
    }

    @Override
    public void read(long offset, byte[] dst, int dstOff, int len) {
        Objects.checkFromIndexSize(offset, len, size);
        while (len > 0) {
            int in = (int) (offset & (PAGE - 1));
            int n = Math.min(len, PAGE - in);
            byte[] page = pages[(int) (offset >>> PAGE_BITS)];
            if (page == null) {
                Arrays.fill(dst, dstOff, dstOff + n, blank);
            } else {
                System.arraycopy(page, in, dst, dstOff, n);
            }
            offset += n;
            dstOff += n;
            len -= n;
        }
    }

    @Override
    public void write(long offset, byte[] src, int srcOff, int len) {
        Objects.checkFromIndexSize(offset, len, size);
        while (len > 0) {
            int in = (int) (offset & (PAGE - 1));
            int n = Math.min(len, PAGE - in);
            System.arraycopy(src, srcOff, page(offset), in, n);
            offset += n;
            srcOff += n;
            len -= n;
        }
    }

    @Override
    public void fill(long offset, long len, byte value) {
        Objects.checkFromIndexSize(offset, len, size);
        while (len > 0) {
            int in = (int) (offset & (PAGE - 1));
            int n = (int) Math.min(len, PAGE - in);
            int index = (int) (offset >>> PAGE_BITS);
            if (n == PAGE && value == blank) {
                pages[index] = null;
            } else {
                Arrays.fill(page(offset), in, in + n, value);
            }
            offset += n;
            len -= n;
        }
    }

    private byte[] page(long offset) {
        int index = (int) (offset >>> PAGE_BITS);
        if (pages[index] == null) {
            pages[index] = new byte[PAGE];
            if (blank != 0) {
                Arrays.fill(pages[index], blank);
            }
        }
        return pages[index];
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
}
