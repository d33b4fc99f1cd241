package org.mpyjvm.ports.port;

import java.util.Arrays;
import java.util.List;
import org.mpyjvm.ports.board.RomSegment;
import org.mpyjvm.ports.memory.MemoryRegion;
import org.mpyjvm.ports.memory.RegionBlockDevice;
import org.mpyjvm.runtime.StorageException;

/**
 * The Java counterpart of a port's {@code mp_vfs_rom_ioctl} for one device (romfs.md 5, vfs.md 6, BOARDS.md 4).
 * Every request that is invalid, out of range or misaligned returns {@code -22} (EINVAL) and touches nothing;
 * media failures return {@code -errno}. Each segment is served through a bounds-checked window of its medium,
 * so no operation can reach a byte outside a segment.
 *
 * <ul>
 * <li>op 1: number of segments</li>
 * <li>op 2: {@link SegmentResult} (memoryview, block-device object, or error)</li>
 * <li>op 3: {@code (id, len)} or {@code (id, off, len)}: erase every erase unit touched; returns the minimum
 * write size. The 4-argument form needs op 6 &gt; 0 and {@code off} aligned to it.</li>
 * <li>op 4: {@code (id, off, buf)}: program; {@code off} aligned to the minimum write size</li>
 * <li>op 5: write complete; op 6: erase granularity</li>
 * </ul>
 * Style-O segments (upstream rp2, esp32, mimxrt, nrf) answer only ops 1 and 2.
 */
public final class RomIoctl {
    public static final int EINVAL = -22;

    private final List<RomSegment> segments;
    private final List<MemoryRegion> windows;
    private final List<WriteRule> rules;
    private final boolean thirdArgumentIsLength;
    private final boolean emptyMeansEinval;

    RomIoctl(List<RomSegment> segments, List<MemoryRegion> windows, List<WriteRule> rules,
             boolean thirdArgumentIsLength, boolean emptyMeansEinval) {
        this.segments = List.copyOf(segments);
        this.windows = List.copyOf(windows);
        this.rules = List.copyOf(rules);
        this.thirdArgumentIsLength = thirdArgumentIsLength;
        this.emptyMeansEinval = emptyMeansEinval;
    }

    public List<RomSegment> segments() {
        return segments;
    }

    /**
     * {@code vfs.rom_ioctl(op, *args)} with the arguments after {@code op} as Python passed them: {@code Long}
     * for ints and {@code byte[]} for the buffer of op 4. Returns an {@code Integer} or, for op 2, a
     * {@link SegmentResult}.
     */
    public Object call(int op, Object... args) {
        if (segments.isEmpty() && emptyMeansEinval) {
            return EINVAL;
        }
        long[] n = new long[args.length];
        for (int i = 0; i < args.length; i++) {
            if (args[i] instanceof Number num) {
                n[i] = num.longValue();
            } else if (!(op == 4 && i == 2 && args[i] instanceof byte[])) {
                return EINVAL;
            }
        }
        return switch (op) {
            case 1 -> count();
            case 2 -> args.length >= 1 ? segment(n[0]) : new SegmentResult.Error(EINVAL);
            case 3 -> args.length == 2 ? prepare(n[0], n[1])
                    : args.length == 3 ? prepare(n[0], n[1], n[2]) : EINVAL;
            case 4 -> args.length == 3 && args[2] instanceof byte[] buf ? write(n[0], n[1], buf, 0, buf.length) : EINVAL;
            case 5 -> args.length >= 1 ? complete(n[0]) : EINVAL;
            case 6 -> args.length >= 1 ? granularity(n[0]) : EINVAL;
            default -> EINVAL;
        };
    }

    /** Op 1. */
    public int count() {
        return segments.isEmpty() && emptyMeansEinval ? EINVAL : segments.size();
    }

    /** Op 2. */
    public SegmentResult segment(long id) {
        if (!valid(id)) {
            return new SegmentResult.Error(EINVAL);
        }
        RomSegment seg = segments.get((int) id);
        MemoryRegion window = windows.get((int) id);
        if (seg.style() == 'O') {
            return new SegmentResult.Device(new RegionBlockDevice(window, seg.blockSize()), seg.typeName(),
                    seg.repr());
        }
        return new SegmentResult.Memory(window, seg.address());
    }

    /** Op 3, three-argument form: prepare {@code [0, length)}. */
    public int prepare(long id, long length) {
        if (!writable(id)) {
            return EINVAL;
        }
        return eraseRange(id, 0, length);
    }

    /** Op 3, four-argument form: prepare {@code [offset, offset + length)}. */
    public int prepare(long id, long offset, long length) {
        if (!writable(id)) {
            return EINVAL;
        }
        if (thirdArgumentIsLength) {
            // esp8266 and renesas-ra read args[2] as the length even when a 4th argument is given.
            return eraseRange(id, 0, offset);
        }
        RomSegment seg = segments.get((int) id);
        if (seg.granularity() <= 0 || offset < 0 || offset % seg.granularity() != 0) {
            return EINVAL;
        }
        return eraseRange(id, offset, length);
    }

    private int eraseRange(long id, long offset, long length) {
        RomSegment seg = segments.get((int) id);
        if (offset < 0 || length < 0 || offset > seg.size() - length) {
            return EINVAL;
        }
        long unit = seg.eraseUnit();
        if (unit > 0 && length > 0) {
            long from = offset / unit * unit;
            long to = Math.min(seg.size(), (offset + length + unit - 1) / unit * unit);
            try {
                windows.get((int) id).erase(from, to - from);
            } catch (StorageException e) {
                return -e.errno();
            }
        }
        return seg.prepareResult();
    }

    /** Op 4. */
    public int write(long id, long offset, byte[] buf, int off, int len) {
        if (!writable(id)) {
            return EINVAL;
        }
        RomSegment seg = segments.get((int) id);
        int unit = Math.max(1, seg.prepareResult());
        WriteRule rule = rules.get((int) id);
        int programmed = rule.programmedLength(len);
        // Upstream checks the caller's length against the end; padding must fit too.
        long reach = Math.max(len, programmed);
        if (offset < 0 || offset % unit != 0 || offset > seg.size() - reach) {
            return EINVAL;
        }
        byte[] data = buf;
        int from = off;
        if (programmed != len) {
            data = Arrays.copyOfRange(buf, off, off + programmed);
            if (programmed > len) {
                Arrays.fill(data, len, programmed, (byte) 0xFF);
            }
            from = 0;
        }
        try {
            windows.get((int) id).program(offset, data, from, programmed);
        } catch (StorageException e) {
            return -e.errno();
        }
        return 0;
    }

    /** Op 5. */
    public int complete(long id) {
        return writable(id) ? segments.get((int) id).completeResult() : EINVAL;
    }

    /** Op 6. */
    public int granularity(long id) {
        return writable(id) ? segments.get((int) id).granularity() : EINVAL;
    }

    private boolean valid(long id) {
        return id >= 0 && id < segments.size();
    }

    private boolean writable(long id) {
        return valid(id) && segments.get((int) id).style() == 'M' && !windows.get((int) id).readOnly();
    }
}
