package org.mpyjvm.language.nodes.expression;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.profiles.ConditionProfile;
import org.mpyjvm.language.nodes.PyExpressionNode;
import org.mpyjvm.language.runtime.PyOps;

/** {@code a and b} / {@code a or b}: short-circuit, yielding an operand (not a bool). */
public final class LogicalNode extends PyExpressionNode {
    @Child private PyExpressionNode left;
    @Child private PyExpressionNode right;
    private final boolean isAnd;
    private final ConditionProfile profile = ConditionProfile.create();

    public LogicalNode(boolean isAnd, PyExpressionNode left, PyExpressionNode right) {
        this.isAnd = isAnd;
        this.left = left;
        this.right = right;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object a = left.execute(frame);
        boolean truth = a instanceof Boolean b ? b : PyOps.isTrue(a);
        if (profile.profile(truth == isAnd)) {
            return right.execute(frame);
        }
        return a;
    }
}
