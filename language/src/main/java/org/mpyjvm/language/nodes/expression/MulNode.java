package org.mpyjvm.language.nodes.expression;

import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.NodeChild;
import com.oracle.truffle.api.dsl.Specialization;
import org.mpyjvm.language.nodes.PyExpressionNode;
import org.mpyjvm.language.runtime.Arithmetic;

/** {@code a * b}: long fast path with overflow to the generic (BigInteger) path, then double, then everything else. */
@NodeChild("left")
@NodeChild("right")
public abstract class MulNode extends PyExpressionNode {
    @Specialization(rewriteOn = ArithmeticException.class)
    protected long doLong(long a, long b) {
        return Math.multiplyExact(a, b);
    }

    @Specialization
    protected double doDouble(double a, double b) {
        return a * b;
    }

    @Fallback
    protected Object doGeneric(Object a, Object b) {
        return Arithmetic.binary(Arithmetic.Op.MUL, a, b);
    }
}
