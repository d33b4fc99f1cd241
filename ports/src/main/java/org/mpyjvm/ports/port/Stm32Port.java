package org.mpyjvm.ports.port;

import org.mpyjvm.ports.board.Board;
import org.mpyjvm.ports.board.RomSegment;

/** stm32: internal-flash segments program whole 32-bit words (trailing bytes dropped); QSPI segments any bytes. */
public final class Stm32Port extends Port {
    @Override
    public String name() {
        return "stm32";
    }

    @Override
    protected WriteRule writeRule(Board board, RomSegment segment) {
        boolean internal = board.medium(segment.medium()).map(m -> m.mappedAt() == 0x08000000L).orElse(false);
        return internal ? WriteRule.WHOLE_WORDS : WriteRule.EXACT;
    }
}
