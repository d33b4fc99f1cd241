package org.mpyjvm.ports.port;

import org.mpyjvm.ports.board.Board;
import org.mpyjvm.ports.board.Medium;
import org.mpyjvm.ports.board.RomSegment;

/** alif: OSPI segments erase 4 K units; MRAM segments have no erase and program whole 16-byte units. */
public final class AlifPort extends Port {
    @Override
    public String name() {
        return "alif";
    }

    @Override
    protected WriteRule writeRule(Board board, RomSegment segment) {
        boolean mram = board.medium(segment.medium()).map(m -> m.kind().equals(Medium.MRAM)).orElse(false);
        return mram ? WriteRule.WHOLE_16_BYTE_UNITS : WriteRule.EXACT;
    }
}
