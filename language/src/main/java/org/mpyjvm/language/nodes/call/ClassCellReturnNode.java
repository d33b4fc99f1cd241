package org.mpyjvm.language.nodes.call;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.mpyjvm.language.errors.ControlFlow;
import org.mpyjvm.language.nodes.PyStatementNode;

/** Last statement of a class body that has a {@code __class__} cell: hands the cell to {@link MakeClassNode}. */
public final class ClassCellReturnNode extends PyStatementNode {
    private final int slot;

    public ClassCellReturnNode(int slot) {
        this.slot = slot;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        throw new ControlFlow.Return(frame.getObject(slot));
    }
}
