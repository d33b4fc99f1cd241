package org.mpyjvm.ports.memory;

import org.mpyjvm.runtime.StorageException;
import org.mpyjvm.runtime.romfs.ByteRegion;

/**
 * A medium (or a window of one) addressed by absolute byte offset: what a ROM segment, an XIP window or a
 * Flash object's buffer protocol shows, and what {@code rom_ioctl} erases and programs. NOR physics (program
 * only clears bits, strictness, wear) belong to the implementation (the runtime's NorFlash); callers here only
 * keep every access inside the region.
 */
public interface MemoryRegion extends ByteRegion {
    /** True when the region cannot be erased or programmed at all. */
    boolean readOnly();

    /** Erases every erase unit that {@code [offset, offset + length)} touches. */
    void erase(long offset, long length) throws StorageException;

    /** Programs {@code len} bytes at {@code offset} (no implicit erase). */
    void program(long offset, byte[] src, int srcOff, int len) throws StorageException;

    /** {@code [offset, offset + length)} of this region; every access through it is bounds-checked. */
    default MemoryRegion window(long offset, long length) {
        return new MemoryWindow(this, offset, length);
    }
}
