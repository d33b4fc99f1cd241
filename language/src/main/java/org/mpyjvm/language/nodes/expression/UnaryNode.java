package org.mpyjvm.language.nodes.expression;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.mpyjvm.language.nodes.PyExpressionNode;
import org.mpyjvm.language.runtime.Arithmetic;
import org.mpyjvm.language.runtime.PyOps;

/** not, unary minus, unary plus and ~. */
public final class UnaryNode extends PyExpressionNode {
    public enum Kind { NOT, NEG, POS, INVERT }

    @Child private PyExpressionNode operand;
    private final Kind kind;

    public UnaryNode(Kind kind, PyExpressionNode operand) {
        this.kind = kind;
        this.operand = operand;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        if (kind == Kind.NOT) {
            return !operand.executeBoolean(frame);
        }
        Object v = operand.execute(frame);
        switch (kind) {
            case NEG:
                if (v instanceof Long l && l != Long.MIN_VALUE) {
                    return -l;
                }
                return Arithmetic.negate(v);
            case POS:
                return Arithmetic.positive(v);
            default:
                return Arithmetic.invert(v);
        }
    }

    @Override
    public boolean executeBoolean(VirtualFrame frame) {
        if (kind == Kind.NOT) {
            return !operand.executeBoolean(frame);
        }
        return PyOps.isTrue(execute(frame));
    }
}
