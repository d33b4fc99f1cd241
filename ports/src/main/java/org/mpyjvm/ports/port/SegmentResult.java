package org.mpyjvm.ports.port;

import org.mpyjvm.ports.memory.MemoryRegion;
import org.mpyjvm.ports.memory.RegionBlockDevice;

/** What {@code vfs.rom_ioctl(2, id)} returns. */
public sealed interface SegmentResult {
    /** Style M: a read-only {@code memoryview} over the segment ({@code address} -1 when not mapped). */
    record Memory(MemoryRegion region, long address) implements SegmentResult {
    }

    /**
     * Style O: a block-device object ({@code rp2.Flash}, {@code esp32.Partition}, ...) that also has the buffer
     * protocol over {@code device.region()}; {@code repr} is what {@code print()} shows.
     */
    record Device(RegionBlockDevice device, String typeName, String repr) implements SegmentResult {
    }

    /** A negative errno, returned (not raised) as upstream does. */
    record Error(int code) implements SegmentResult {
    }
}
