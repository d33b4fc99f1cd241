package org.mpyjvm.language.nodes.expression;

import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.NodeChild;
import com.oracle.truffle.api.dsl.Specialization;
import org.mpyjvm.language.nodes.PyExpressionNode;
import org.mpyjvm.language.runtime.PyOps;

/** {@code a != b} (one link of a comparison chain). */
@NodeChild("left")
@NodeChild("right")
public abstract class NotEqualNode extends PyExpressionNode {
    @Specialization
    protected boolean doLong(long a, long b) {
        return a != b;
    }

    @Specialization
    protected boolean doDouble(double a, double b) {
        return a != b;
    }

    @Fallback
    protected boolean doGeneric(Object a, Object b) {
        return PyOps.notEqual(a, b);
    }
}
