package org.mpyjvm.ports.memory;

import org.mpyjvm.runtime.Errno;
import org.mpyjvm.runtime.StorageException;

/**
 * A bounds-checked window into a larger region: the guard that keeps a ROM segment, a partition or the Spark
 * user area from reaching the bytes around it. Erase and program outside the window fail with EINVAL; reads
 * outside it throw IndexOutOfBoundsException (callers check lengths first).
 */
final class MemoryWindow implements MemoryRegion {
    private final MemoryRegion outer;
    private final long base;
    private final long length;

    MemoryWindow(MemoryRegion outer, long base, long length) {
        if (base < 0 || length < 0 || base > outer.length() - length) {
            throw new IndexOutOfBoundsException("window " + base + "+" + length + " of " + outer.length());
        }
        this.outer = outer;
        this.base = base;
        this.length = length;
    }

    @Override
    public long length() {
        return length;
    }

    @Override
    public boolean readOnly() {
        return outer.readOnly();
    }

    @Override
    public int get(long offset) {
        if (offset < 0 || offset >= length) {
            throw new IndexOutOfBoundsException(offset);
        }
        return outer.get(base + offset);
    }

    @Override
    public void read(long offset, byte[] dst, int dstOff, int len) {
        if (offset < 0 || len < 0 || offset > length - len) {
            throw new IndexOutOfBoundsException("read " + offset + "+" + len + " of " + length);
        }
        outer.read(base + offset, dst, dstOff, len);
    }

    @Override
    public void erase(long offset, long len) throws StorageException {
        check(offset, len);
        outer.erase(base + offset, len);
    }

    @Override
    public void program(long offset, byte[] src, int srcOff, int len) throws StorageException {
        check(offset, len);
        outer.program(base + offset, src, srcOff, len);
    }

    private void check(long offset, long len) throws StorageException {
        if (offset < 0 || len < 0 || offset > length - len) {
            throw new StorageException(Errno.EINVAL, "outside " + base + "+" + length);
        }
    }
}
