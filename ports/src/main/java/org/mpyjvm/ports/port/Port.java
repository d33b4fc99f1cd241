package org.mpyjvm.ports.port;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mpyjvm.ports.board.Board;
import org.mpyjvm.ports.board.Region;
import org.mpyjvm.ports.board.RomSegment;
import org.mpyjvm.ports.memory.MediaSource;
import org.mpyjvm.ports.memory.MemoryRegion;
import org.mpyjvm.ports.memory.RegionBlockDevice;

/**
 * Behaviour shared by a port's boards; the numbers come from the {@link Board}. The base class serves
 * {@code vfs.rom_ioctl} from the board's ROM segments; subclasses keep their port's upstream quirks.
 */
public abstract class Port {
    /** The lowercase port name ({@code zephyr}, {@code renesas-ra}). */
    public abstract String name();

    /** False on CircuitPython, which has no {@code vfs} module at all. */
    public boolean hasVfs() {
        return true;
    }

    /** The ROM segments {@code rom_ioctl} serves. */
    public List<RomSegment> romSegments(Board board) {
        return board.romSegments();
    }

    /** {@code vfs.rom_ioctl} for a device, over its live media; empty when the port has no such function. */
    public Optional<RomIoctl> romIoctl(Board board, MediaSource media) {
        if (!hasVfs()) {
            return Optional.empty();
        }
        List<RomSegment> segments = romSegments(board);
        List<MemoryRegion> windows = new ArrayList<>();
        List<WriteRule> rules = new ArrayList<>();
        for (RomSegment seg : segments) {
            MemoryRegion medium = media.medium(seg.medium());
            if (medium == null) {
                throw new IllegalArgumentException(board.id() + ": no medium '" + seg.medium() + "'");
            }
            windows.add(medium.window(seg.offset(), seg.size()));
            rules.add(writeRule(board, seg));
        }
        return Optional.of(new RomIoctl(segments, windows, rules, prepareReadsThirdArgumentAsLength(),
                zeroSegmentsMeansEinval()));
    }

    /**
     * The block device serving a storage or user region ({@code rp2.Flash()}, {@code spark.ExternalFlash()}):
     * block 0 is the region's first byte and nothing outside it is reachable.
     */
    public RegionBlockDevice regionDevice(Board board, MediaSource media, String regionLabel) {
        Region r = board.region(regionLabel)
                .orElseThrow(() -> new IllegalArgumentException(board.id() + ": no region '" + regionLabel + "'"));
        if (r.blockSize() <= 0) {
            throw new IllegalArgumentException(board.id() + ": region '" + regionLabel + "' has no block size");
        }
        return new RegionBlockDevice(media.medium(r.medium()).window(r.offset(), r.size()), r.blockSize());
    }

    /** How op 4 programs a buffer on this segment. */
    protected WriteRule writeRule(Board board, RomSegment segment) {
        return WriteRule.EXACT;
    }

    /** esp8266 and renesas-ra take op 3's third argument as the length even in the 4-argument form. */
    protected boolean prepareReadsThirdArgumentAsLength() {
        return false;
    }

    /** Ports that always build rom_ioctl but may have a zero-size ROM return -22 for every op, even op 1. */
    protected boolean zeroSegmentsMeansEinval() {
        return false;
    }

    @Override
    public String toString() {
        return name();
    }
}
