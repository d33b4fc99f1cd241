package org.mpyjvm.language.nodes.local;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.mpyjvm.language.nodes.PyWriteNode;

/** Stores into a cell or free variable (see {@link ReadCellNode} for the slot encoding). */
public final class WriteCellNode extends PyWriteNode {
    private final int slot;

    public WriteCellNode(int slot) {
        this.slot = slot;
    }

    @Override
    public void executeWrite(VirtualFrame frame, Object value) {
        ReadCellNode.cell(frame, slot).set(value);
    }

    @Override
    public void executeDelete(VirtualFrame frame) {
        ReadCellNode.cell(frame, slot).set(null);
    }
}
