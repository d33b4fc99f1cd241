package org.mpyjvm.language.nodes.statement;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import org.mpyjvm.language.nodes.PyExpressionNode;
import org.mpyjvm.language.nodes.PyStatementNode;
import org.mpyjvm.language.nodes.PyWriteNode;

/** {@code a = b = value}: the value once, then each target left to right. */
public final class AssignNode extends PyStatementNode {
    @Children private final PyWriteNode[] targets;
    @Child private PyExpressionNode value;

    public AssignNode(PyWriteNode[] targets, PyExpressionNode value) {
        this.targets = targets;
        this.value = value;
    }

    @Override
    @ExplodeLoop
    public void executeVoid(VirtualFrame frame) {
        Object v = value.execute(frame);
        for (PyWriteNode t : targets) {
            t.executeWrite(frame, v);
        }
    }
}
