package org.mpyjvm.stdlib.bridge;

import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import org.mpyjvm.language.runtime.Buffer;
import org.mpyjvm.runtime.romfs.ByteRegion;

/**
 * A read-only buffer over a medium's live bytes (an XIP window, a ROM segment, a ROMFS file inside its image): a
 * {@code memoryview} over it copies nothing, shows later flash changes, and never counts as a flash read command.
 */
public final class RegionBuffer implements Buffer {
    /**
     * One buffer per outermost region (a ROM segment, a flash window) to stand for its memory, so every view of it
     * has one simulated address range. Such regions live for the whole run, so holding their buffer costs nothing.
     */
    private static final Map<ByteRegion, RegionBuffer> WHOLE = Collections.synchronizedMap(new WeakHashMap<>());

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

    /** The image a region was sliced from: a Python buffer's memory, or a buffer standing for the outer region. */
    @Override
    public Object memory() {
        Object memory = region.memory();
        if (memory instanceof byte[] || memory instanceof Buffer) {
            return memory;
        }
        if (memory instanceof ByteRegion outer) {
            return WHOLE.computeIfAbsent(outer, RegionBuffer::new);
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
