package org.mpyjvm.ports.port;

import java.util.List;
import org.mpyjvm.ports.board.Board;
import org.mpyjvm.ports.board.FlashArea;
import org.mpyjvm.ports.board.RomSegment;
import org.mpyjvm.ports.esp32.Partition;

/**
 * esp32: the ROM segment is the data partition labelled {@code romfs} in the board's partition CSV (its subtype,
 * 0x8f in MicroPython's CSV, is not looked at). {@code rom_ioctl(2, 0)} is an {@code esp32.Partition} (block
 * 4096); without such a partition op 1 is 0 and op 2 is -22; ops 3-6 are -22.
 */
public final class Esp32Port extends Port {
    public static final String ROMFS_LABEL = "romfs";
    private static final int BLOCK = 4096;

    @Override
    public String name() {
        return "esp32";
    }

    @Override
    public List<RomSegment> romSegments(Board board) {
        return board.areas().stream()
                .filter(a -> a.label().equals(ROMFS_LABEL) && a.type() == Partition.TYPE_DATA)
                .findFirst()
                .map(a -> List.of(segment(board, a)))
                .orElse(List.of());
    }

    private static RomSegment segment(Board board, FlashArea a) {
        long erase = board.medium(a.medium()).map(m -> m.eraseUnitAt(a.offset())[1]).orElse((long) BLOCK);
        return new RomSegment(0, a.medium(), a.offset(), a.size(), -1, erase, 'O', RomIoctl.EINVAL, RomIoctl.EINVAL,
                RomIoctl.EINVAL, BLOCK, "Partition", repr(a), "blank");
    }

    /** {@code esp32_partition_print}'s format. */
    public static String repr(FlashArea a) {
        return "<Partition type=" + a.type() + ", subtype=" + a.subtype() + ", address=" + a.offset() + ", size="
                + a.size() + ", label=" + a.label() + ", encrypted=0>";
    }
}
