package org.mpyjvm.language.nodes.expression;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.mpyjvm.language.nodes.CallbackCheckpoint;
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
        boolean test = condition.executeBoolean(frame);
        CallbackCheckpoint.poll(this); // MicroPython's POP_JUMP_IF_FALSE
        if (test) {
            Object value = then.execute(frame);
            CallbackCheckpoint.poll(this); // and the jump over the else value
            return value;
        }
        return otherwise.execute(frame);
    }
}
