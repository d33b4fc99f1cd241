package org.mpyjvm.stdlib.bridge;

import java.lang.ref.WeakReference;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import org.mpyjvm.language.runtime.Buffer;
import org.mpyjvm.runtime.romfs.ByteRegion;

/**
 * The memory of an outermost region (a ROM segment, a flash window) as one read-only buffer, the same object for
 * every view of it, so the simulated addresses of all its views (uctypes.addressof) fall in one range. It holds its
 * region weakly: the canonical instance lives exactly as long as the region.
 */
final class RegionMemory implements Buffer {
    private static final Map<ByteRegion, RegionMemory> CANONICAL = Collections.synchronizedMap(new WeakHashMap<>());

    private final WeakReference<ByteRegion> region;
    private final int length;

    private RegionMemory(ByteRegion region) {
        this.region = new WeakReference<>(region);
        this.length = (int) Math.min(Integer.MAX_VALUE, region.length());
    }

    static RegionMemory of(ByteRegion outermost) {
        return CANONICAL.computeIfAbsent(outermost, RegionMemory::new);
    }

    /** A buffer on the region while it lives (reads go through RegionBuffer's bounds and copy rules). */
    private RegionBuffer live() {
        ByteRegion r = region.get();
        if (r == null) {
            throw new IllegalStateException("region collected while its memory is in use");
        }
        return new RegionBuffer(r);
    }

    @Override
    public int length() {
        return length;
    }

    @Override
    public int get(int index) {
        return live().get(index);
    }

    @Override
    public void set(int index, int value) {
        live().set(index, value);
    }

    @Override
    public boolean isReadOnly() {
        return true;
    }

    @Override
    public byte[] copy(int offset, int count) {
        return live().copy(offset, count);
    }
}
