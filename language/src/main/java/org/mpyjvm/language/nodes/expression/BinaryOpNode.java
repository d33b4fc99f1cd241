package org.mpyjvm.language.nodes.expression;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.mpyjvm.language.nodes.PyExpressionNode;
import org.mpyjvm.language.runtime.Arithmetic;

/** The less frequent binary operators (/, //, %, **, shifts, bitwise, @): the generic path only. */
public final class BinaryOpNode extends PyExpressionNode {
    @Child private PyExpressionNode left;
    @Child private PyExpressionNode right;
    private final Arithmetic.Op op;

    public BinaryOpNode(Arithmetic.Op op, PyExpressionNode left, PyExpressionNode right) {
        this.op = op;
        this.left = left;
        this.right = right;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object a = left.execute(frame);
        Object b = right.execute(frame);
        if (a instanceof Long x && b instanceof Long y) {
            long l = x;
            long r = y;
            switch (op) {
                case AND:
                    return l & r;
                case OR:
                    return l | r;
                case XOR:
                    return l ^ r;
                case MOD:
                    if (r > 0) {
                        return Math.floorMod(l, r);
                    }
                    break;
                case FLOORDIV:
                    if (r > 0) {
                        return Math.floorDiv(l, r);
                    }
                    break;
                default:
                    break;
            }
        }
        return Arithmetic.binary(op, a, b);
    }
}
