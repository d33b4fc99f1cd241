package org.mpyjvm.ports.device;

import org.mpyjvm.ports.board.Medium;
import org.mpyjvm.ports.memory.MemoryRegion;
import org.mpyjvm.runtime.StorageException;

/**
 * A medium with no physics over its image: program overwrites, erase sets whole erase units to the blank value.
 * That is exactly MRAM and an SD card; for NOR it is the lenient model (the runtime's NorFlash adds "program only
 * clears bits", strictness and wear, and replaces this when the device is wired up).
 */
public final class PlainMedium implements MemoryRegion {
    private final ImageStore store;
    private final Medium medium;

    public PlainMedium(ImageStore store, Medium medium) {
        if (store.length() != medium.size()) {
            throw new IllegalArgumentException("image size differs from the medium size");
        }
        this.store = store;
        this.medium = medium;
    }

    @Override
    public long length() {
        return store.length();
    }

    @Override
    public int get(long offset) {
        return store.get(offset);
    }

    @Override
    public void read(long offset, byte[] dst, int dstOff, int len) {
        store.read(offset, dst, dstOff, len);
    }

    @Override
    public boolean readOnly() {
        return false;
    }

    @Override
    public void erase(long offset, long length) {
        if (length <= 0) {
            return;
        }
        if (!medium.erasable()) {
            store.fill(offset, length, medium.blankValue());
            return;
        }
        long from = medium.eraseUnitAt(offset)[0];
        long[] last = medium.eraseUnitAt(offset + length - 1);
        store.fill(from, last[0] + last[1] - from, medium.blankValue());
    }

    @Override
    public void program(long offset, byte[] src, int srcOff, int len) throws StorageException {
        store.write(offset, src, srcOff, len);
    }
}
