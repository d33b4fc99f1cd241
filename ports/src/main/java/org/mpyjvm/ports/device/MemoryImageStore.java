package org.mpyjvm.ports.device;

import java.util.Objects;
import org.mpyjvm.runtime.blockdev.SparseHeapStore;

/**
 * An image in heap memory, allocated in 64 KiB pages on first write (the storage engine's {@link SparseHeapStore}),
 * so an untouched 4 GiB SD card costs almost nothing. Pages never written read as the fill value the store was
 * created with. Unlike the engine's stores, which trust their callers, every access is bounds-checked here.
 */
public final class MemoryImageStore implements ImageStore {
    private final SparseHeapStore pages;

    public MemoryImageStore(long size, byte blank) {
        if (size < 0) {
            throw new IllegalArgumentException("bad image size " + size);
        }
        this.pages = new SparseHeapStore(size, blank);
    }

    @Override
    public long length() {
        return pages.size();
    }

    @Override
    public int get(long offset) {
        Objects.checkIndex(offset, pages.size());
        return pages.get(offset) & 0xFF;
    }

    @Override
    public void read(long offset, byte[] dst, int dstOff, int len) {
        Objects.checkFromIndexSize(offset, len, pages.size());
        pages.read(offset, dst, dstOff, len);
    }

    @Override
    public void write(long offset, byte[] src, int srcOff, int len) {
        Objects.checkFromIndexSize(offset, len, pages.size());
        pages.write(offset, src, srcOff, len);
    }

    @Override
    public void fill(long offset, long len, byte value) {
        Objects.checkFromIndexSize(offset, len, pages.size());
        pages.fill(offset, len, value);
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
}
