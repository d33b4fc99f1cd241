package org.mpyjvm.launcher;

import java.util.Optional;
import org.mpyjvm.ports.memory.RegionBlockDevice;
import org.mpyjvm.ports.port.RomIoctl;
import org.mpyjvm.ports.port.SegmentResult;
import org.mpyjvm.runtime.romfs.ByteRegion;

/**
 * One ROM partition as mpremote sees it after {@code dev = vfs.rom_ioctl(2, id)}: either a block-device object
 * (it has {@code ioctl}: size = block count x block size) or a memoryview (size = {@code len(dev)}, block size from
 * {@code rom_ioctl(6, id)}, else the whole partition), plus the bytes it shows.
 */
record RomPartition(int id, long size, long blockSize, RegionBlockDevice device, ByteRegion bytes) {

    static Optional<RomPartition> of(RomIoctl ioctl, int id) {
        SegmentResult seg = ioctl.segment(id);
        if (seg instanceof SegmentResult.Device d) {
            RegionBlockDevice dev = d.device();
            return Optional.of(new RomPartition(id, dev.blockCount() * dev.blockSize(), dev.blockSize(), dev,
                    dev.region()));
        }
        if (seg instanceof SegmentResult.Memory m) {
            long size = m.region().length();
            long granularity = ioctl.granularity(id);
            return Optional.of(new RomPartition(id, size, granularity > 0 ? granularity : size, null, m.region()));
        }
        return Optional.empty();
    }

    boolean hasObject() {
        return device != null;
    }

    /** {@code ROMFS0 partition has size 131072 bytes (32 blocks of 4096 bytes each)}. */
    String sizeLine() {
        String blocks = blockSize > 0 ? " (" + size / blockSize + " blocks of " + blockSize + " bytes each)" : "";
        return "ROMFS" + id + " partition has size " + size + " bytes" + blocks;
    }
}
