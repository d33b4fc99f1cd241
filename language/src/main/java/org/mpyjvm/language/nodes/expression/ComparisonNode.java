package org.mpyjvm.language.nodes.expression;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.mpyjvm.language.nodes.PyExpressionNode;
import org.mpyjvm.language.runtime.PyOps;

/** is, is not, in, not in. */
public final class ComparisonNode extends PyExpressionNode {
    public enum Kind { IS, IS_NOT, IN, NOT_IN }

    @Child private PyExpressionNode left;
    @Child private PyExpressionNode right;
    private final Kind kind;

    public ComparisonNode(Kind kind, PyExpressionNode left, PyExpressionNode right) {
        this.kind = kind;
        this.left = left;
        this.right = right;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        return executeBoolean(frame);
    }

    @Override
    public boolean executeBoolean(VirtualFrame frame) {
        Object a = left.execute(frame);
        Object b = right.execute(frame);
        switch (kind) {
            case IS:
                return isSame(a, b);
            case IS_NOT:
                return !isSame(a, b);
            case IN:
                return PyOps.contains(b, a);
            default:
                return !PyOps.contains(b, a);
        }
    }

    /** Identity; small ints, floats and bools compare by value since the JVM boxes them afresh. */
    static boolean isSame(Object a, Object b) {
        if (a == b) {
            return true;
        }
        if (a instanceof Long || a instanceof Boolean || a instanceof Double) {
            return a.equals(b);
        }
        return a instanceof String sa && b instanceof String sb && sa.equals(sb);
    }
}
