package org.mpyjvm.stdlib.bridge;

import org.mpyjvm.language.runtime.Buffer;
import org.mpyjvm.runtime.romfs.ByteRegion;

/**
 * A read-only buffer over a medium's live bytes (an XIP window, a ROM segment, a ROMFS file inside its image): a
 * {@code memoryview} over it copies nothing, shows later flash changes, and never counts as a flash read command.
 */
public final class RegionBuffer implements Buffer {
    private final ByteRegion region;
    private final int length;

    public RegionBuffer(ByteRegion region) {
        if (region.length() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("region larger than 2 GiB");
        }
        this.region = region;
        this.length = (int) region.length();
    }

    @Override
    public int length() {
        return length;
    }

    @Override
    public int get(int index) {
        return region.get(index);
    }

    @Override
    public void set(int index, int value) {
        throw new UnsupportedOperationException("read-only");
    }

    @Override
    public boolean isReadOnly() {
        return true;
    }

    /** The image a region was sliced from: a Python buffer's memory, or the one buffer standing for its outer region. */
    @Override
    public Object memory() {
        Object memory = region.memory();
        if (memory instanceof byte[] || memory instanceof Buffer) {
            return memory;
        }
        if (memory instanceof ByteRegion outer) {
            return RegionMemory.of(outer);
        }
        return this;
    }

    @Override
    public int memoryOffset() {
        Object memory = region.memory();
        return memory instanceof byte[] || memory instanceof Buffer || memory instanceof ByteRegion
            ? (int) region.memoryOffset() : 0;
    }

    @Override
    public byte[] copy(int offset, int count) {
        byte[] out = new byte[count];
        region.read(offset, out, 0, count);
        return out;
    }
}
