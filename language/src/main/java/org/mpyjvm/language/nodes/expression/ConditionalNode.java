package org.mpyjvm.language.nodes.expression;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.mpyjvm.language.nodes.PyExpressionNode;

/** {@code a if cond else b}. */
public final class ConditionalNode extends PyExpressionNode {
    @Child private PyExpressionNode condition;
    @Child private PyExpressionNode then;
    @Child private PyExpressionNode otherwise;

    public ConditionalNode(PyExpressionNode condition, PyExpressionNode then, PyExpressionNode otherwise) {
        this.condition = condition;
        this.then = then;
        this.otherwise = otherwise;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        return condition.executeBoolean(frame) ? then.execute(frame) : otherwise.execute(frame);
    }
}
