package org.mpyjvm.language.nodes.expression;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.mpyjvm.language.nodes.PyExpressionNode;
import org.mpyjvm.language.nodes.PyWriteNode;

/** The walrus {@code (name := value)}. */
public final class AssignExpressionNode extends PyExpressionNode {
    @Child private PyWriteNode target;
    @Child private PyExpressionNode value;

    public AssignExpressionNode(PyWriteNode target, PyExpressionNode value) {
        this.target = target;
        this.value = value;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object v = value.execute(frame);
        target.executeWrite(frame, v);
        return v;
    }
}
