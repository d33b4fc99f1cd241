package org.mpyjvm.language.nodes.controlflow;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.mpyjvm.language.errors.ControlFlow;
import org.mpyjvm.language.nodes.PyExpressionNode;
import org.mpyjvm.language.nodes.PyStatementNode;
import org.mpyjvm.language.runtime.PyNone;

/** return [value]. */
public final class ReturnNode extends PyStatementNode {
    @Child private PyExpressionNode value;

    public ReturnNode(PyExpressionNode value) {
        this.value = value;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        throw new ControlFlow.Return(value == null ? PyNone.INSTANCE : value.execute(frame));
    }
}
