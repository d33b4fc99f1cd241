package org.mpyjvm.ports.port;

import org.mpyjvm.ports.board.Board;
import org.mpyjvm.ports.board.RomSegment;

/** esp8266: style M at 0x402B0000; 3-argument op 3 only, op 4 pads the length to 4, no op 5/6. */
public final class Esp8266Port extends Port {
    @Override
    public String name() {
        return "esp8266";
    }

    @Override
    protected WriteRule writeRule(Board board, RomSegment segment) {
        return WriteRule.PAD_TO_4;
    }

    @Override
    protected boolean prepareReadsThirdArgumentAsLength() {
        return true;
    }
}
