package org.mpyjvm.language.nodes.expression;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import org.mpyjvm.language.nodes.PyExpressionNode;
import org.mpyjvm.language.runtime.PyOps;

/** {@code a < b <= c}: each middle operand evaluated once, stopping at the first false link. */
public final class ChainedComparisonNode extends PyExpressionNode {
    @Children private final PyExpressionNode[] operands;
    @CompilationFinal(dimensions = 1) private final String[] ops;

    public ChainedComparisonNode(PyExpressionNode[] operands, String[] ops) {
        this.operands = operands;
        this.ops = ops;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        return executeBoolean(frame);
    }

    @Override
    @ExplodeLoop
    public boolean executeBoolean(VirtualFrame frame) {
        Object left = operands[0].execute(frame);
        for (int i = 0; i < ops.length; i++) {
            Object right = operands[i + 1].execute(frame);
            if (!test(ops[i], left, right)) {
                return false;
            }
            left = right;
        }
        return true;
    }

    static boolean test(String op, Object a, Object b) {
        switch (op) {
            case "==":
                return PyOps.eq(a, b);
            case "!=":
                return PyOps.notEqual(a, b);
            case "is":
                return ComparisonNode.isSame(a, b);
            case "is not":
                return !ComparisonNode.isSame(a, b);
            case "in":
                return PyOps.contains(b, a);
            case "not in":
                return !PyOps.contains(b, a);
            default:
                return PyOps.compare(a, b, op);
        }
    }
}
