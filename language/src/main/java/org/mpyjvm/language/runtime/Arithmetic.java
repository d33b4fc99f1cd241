package org.mpyjvm.language.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.mpyjvm.language.errors.Errors;

/**
 * The slow path of the binary and unary operators: every operand type combination, then the user's dunder
 * methods. The operator nodes handle long and double themselves and call here for everything else.
 */
public final class Arithmetic {
    private Arithmetic() {
    }

    /** An operator: its symbol-free name, forward dunder and reflected dunder. */
    public enum Op {
        ADD("__add__", "__radd__", "__iadd__"),
        SUB("__sub__", "__rsub__", "__isub__"),
        MUL("__mul__", "__rmul__", "__imul__"),
        TRUEDIV("__truediv__", "__rtruediv__", "__itruediv__"),
        FLOORDIV("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
        MOD("__mod__", "__rmod__", "__imod__"),
        POW("__pow__", "__rpow__", "__ipow__"),
        LSHIFT("__lshift__", "__rlshift__", "__ilshift__"),
        RSHIFT("__rshift__", "__rrshift__", "__irshift__"),
        AND("__and__", "__rand__", "__iand__"),
        OR("__or__", "__ror__", "__ior__"),
        XOR("__xor__", "__rxor__", "__ixor__"),
        MATMUL("__matmul__", "__rmatmul__", "__imatmul__");

        public final String dunder;
        public final String reflected;
        public final String inplace;

        Op(String dunder, String reflected, String inplace) {
            this.dunder = dunder;
            this.reflected = reflected;
            this.inplace = inplace;
        }
    }

    @TruffleBoundary
    public static Object inplace(Op op, Object a, Object b) {
        if (a instanceof PyList l && op == Op.ADD) {
            l.items().addAll(PyOps.toList(b));
            return l;
        }
        if (a instanceof PyByteArray ba && op == Op.ADD) {
            ba.extend(PyOps.bytesOf(b));
            return ba;
        }
        if (a instanceof PySet x && !x.isFrozen() && b instanceof PySet y) {
            switch (op) {
                case OR -> SetAlgebra.update(x, y);
                case AND -> SetAlgebra.intersectionUpdate(x, y);
                case SUB -> SetAlgebra.differenceUpdate(x, y);
                case XOR -> SetAlgebra.symmetricDifferenceUpdate(x, y);
                default -> {
                    return binary(op, a, b);
                }
            }
            return x;
        }
        if (a instanceof PyInstance inst) {
            Object m = inst.getPyClass().lookup(op.inplace);
            if (m != null) {
                Object r = PyOps.callMethod(m, a, b);
                if (r != BuiltinTypes.NOT_IMPLEMENTED) {
                    return r;
                }
            }
            if (a instanceof PyNativeSubclassInstance n) {
                // the native in-place operation wins over a user __add__: Stack += [x] leaves a plain list
                return inplace(op, n.nativeValue(), b);
            }
        }
        return binary(op, a, b);
    }

    @TruffleBoundary
    public static Object binary(Op op, Object a, Object b) {
        if (op == Op.MOD && a instanceof String fmt) {
            return ValueFormat.percent(fmt, b);
        }
        if (op == Op.MOD && a instanceof PyBytes fmt) {
            return ValueFormat.percent(fmt, b);
        }
        if (a instanceof Boolean x) {
            a = x ? 1L : 0L;
        }
        if (b instanceof Boolean x) {
            b = x ? 1L : 0L;
        }
        if (PyOps.isInt(a) && PyOps.isInt(b)) {
            return intOp(op, a, b);
        }
        if (a instanceof PyComplex || b instanceof PyComplex) {
            Object c = ComplexMath.binary(op, a, b);
            if (c != null) {
                return c;
            }
        }
        if ((a instanceof Double || PyOps.isInt(a)) && (b instanceof Double || PyOps.isInt(b))) {
            Object r = floatOp(op, PyOps.toDouble(a), PyOps.toDouble(b));
            if (r != null) {
                return r;
            }
        }
        Object r = sequenceOp(op, a, b);
        if (r != null) {
            return r;
        }
        r = PyOps.binaryDunder(a, b, op.dunder, op.reflected);
        if (r != null) {
            return r;
        }
        if (a instanceof PyNativeSubclassInstance n) {
            return binary(op, n.nativeValue(), b);
        }
        if (b instanceof PyNativeSubclassInstance n) {
            throw unsupportedReflected(op, a, n.nativeValue());
        }
        throw Errors.unsupportedBinary(op.dunder, a, b);
    }

    /**
     * {@code a op b} where only b's native part could act: native types have no reflected operations, so
     * MicroPython reports the reflected attempt. A small int reports it as {@code __radd__} with the operands in the
     * reflected order (its fast path fails before the operator is turned back), everything else as {@code __add__}.
     */
    private static org.mpyjvm.language.errors.PyException unsupportedReflected(Op op, Object a, Object nativeB) {
        if (nativeB instanceof Long) {
            return Errors.unsupportedBinary(op.reflected, nativeB, a);
        }
        return Errors.unsupportedBinary(op.dunder, a, nativeB);
    }

    private static Object intOp(Op op, Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            long l = x;
            long r = y;
            switch (op) {
                case ADD: {
                    long s = l + r;
                    if (((l ^ s) & (r ^ s)) >= 0) {
                        return s;
                    }
                    break;
                }
                case SUB: {
                    long s = l - r;
                    if (((l ^ r) & (l ^ s)) >= 0) {
                        return s;
                    }
                    break;
                }
                case MUL: {
                    long hi = Math.multiplyHigh(l, r);
                    long lo = l * r;
                    if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) {
                        return lo;
                    }
                    break;
                }
                case FLOORDIV:
                    if (r == 0) {
                        throw Errors.zeroDivision();
                    }
                    if (!(l == Long.MIN_VALUE && r == -1)) {
                        return Math.floorDiv(l, r);
                    }
                    break;
                case MOD:
                    if (r == 0) {
                        throw Errors.zeroDivision();
                    }
                    return Math.floorMod(l, r);
                case AND:
                    return l & r;
                case OR:
                    return l | r;
                case XOR:
                    return l ^ r;
                case RSHIFT:
                    if (r < 0) {
                        throw Errors.valueError(Errors.NEGATIVE_SHIFT);
                    }
                    return l >> Math.min(r, 63);
                case LSHIFT:
                    if (r < 0) {
                        throw Errors.valueError(Errors.NEGATIVE_SHIFT);
                    }
                    if (r < 63 && (l << r) >> r == l) {
                        return l << r;
                    }
                    break;
                default:
                    break;
            }
        }
        BigInteger x = PyOps.big(a);
        BigInteger y = PyOps.big(b);
        switch (op) {
            case ADD:
                return PyOps.normalize(x.add(y));
            case SUB:
                return PyOps.normalize(x.subtract(y));
            case MUL:
                return PyOps.normalize(x.multiply(y));
            case TRUEDIV:
                if (y.signum() == 0) {
                    throw Errors.zeroDivision();
                }
                return x.doubleValue() / y.doubleValue();
            case FLOORDIV: {
                if (y.signum() == 0) {
                    throw Errors.zeroDivision();
                }
                BigInteger[] qr = x.divideAndRemainder(y);
                BigInteger q = qr[0];
                if (qr[1].signum() != 0 && qr[1].signum() != y.signum()) {
                    q = q.subtract(BigInteger.ONE);
                }
                return PyOps.normalize(q);
            }
            case MOD: {
                if (y.signum() == 0) {
                    throw Errors.zeroDivision();
                }
                BigInteger m = x.mod(y.abs());
                if (y.signum() < 0 && m.signum() != 0) {
                    m = m.add(y);
                }
                return PyOps.normalize(m);
            }
            case POW: {
                if (y.signum() < 0) {
                    if (x.signum() == 0) {
                        throw Errors.zeroDivision();
                    }
                    return Math.pow(x.doubleValue(), y.doubleValue());
                }
                if (y.bitLength() > 31) {
                    throw Errors.overflowError("result overflows");
                }
                return PyOps.normalize(x.pow(y.intValue()));
            }
            case AND:
                return PyOps.normalize(x.and(y));
            case OR:
                return PyOps.normalize(x.or(y));
            case XOR:
                return PyOps.normalize(x.xor(y));
            case LSHIFT:
                if (y.signum() < 0) {
                    throw Errors.valueError(Errors.NEGATIVE_SHIFT);
                }
                return PyOps.normalize(x.shiftLeft(y.intValueExact()));
            case RSHIFT:
                if (y.signum() < 0) {
                    throw Errors.valueError(Errors.NEGATIVE_SHIFT);
                }
                return PyOps.normalize(x.shiftRight(y.min(BigInteger.valueOf(Integer.MAX_VALUE)).intValue()));
            default:
                throw Errors.unsupportedBinary(op.dunder, a, b);
        }
    }

    /** Float arithmetic; null for operators floats do not have. */
    public static Object floatOp(Op op, double x, double y) {
        switch (op) {
            case ADD:
                return x + y;
            case SUB:
                return x - y;
            case MUL:
                return x * y;
            case TRUEDIV:
                if (y == 0) {
                    throw Errors.zeroDivision();
                }
                return x / y;
            case FLOORDIV:
                if (y == 0) {
                    throw Errors.zeroDivision();
                }
                return floorDiv(x, y);
            case MOD: {
                if (y == 0) {
                    throw Errors.zeroDivision();
                }
                double m = x % y;
                // py/objfloat.c: a zero result takes the divisor's sign, else the sign is made the divisor's
                if (m == 0.0) {
                    return Math.copySign(0.0, y);
                }
                return (m < 0) != (y < 0) ? m + y : m;
            }
            case POW:
                if (x == 0 && y < 0 && !Double.isInfinite(y)) {
                    throw Errors.zeroDivision();
                }
                if (x < 0 && y != Math.floor(y) && !Double.isNaN(y)) {
                    // py/objfloat.c: a negative base to a fractional power is a complex result
                    return ComplexMath.binary(op, new PyComplex(x, 0), y);
                }
                return Math.pow(x, y);
            default:
                return null;
        }
    }

    private static Object sequenceOp(Op op, Object a, Object b) {
        if (op == Op.ADD) {
            if (a instanceof String x && b instanceof String y) {
                return x + y;
            }
            if (a instanceof PyList x && b instanceof PyList y) {
                List<Object> out = new ArrayList<>(x.items());
                out.addAll(y.items());
                return new PyList(out);
            }
            if (a instanceof PyTuple x && b instanceof PyTuple y) {
                Object[] out = java.util.Arrays.copyOf(x.items(), x.size() + y.size());
                System.arraycopy(y.items(), 0, out, x.size(), y.size());
                return new PyTuple(out);
            }
            // a str right operand joins as its UTF-8 data (py/objstr.c takes any buffer, and str is one)
            if ((a instanceof PyBytes || a instanceof PyByteArray) && (b instanceof BufferProvider || b instanceof String
                || b instanceof PyNativeSubclassInstance n && n.nativeValue() instanceof BufferProvider)) {
                byte[] x = PyOps.bytesOf(a);
                byte[] y = b instanceof String s ? s.getBytes(java.nio.charset.StandardCharsets.UTF_8) : PyOps.bytesOf(b);
                byte[] out = java.util.Arrays.copyOf(x, x.length + y.length);
                System.arraycopy(y, 0, out, x.length, y.length);
                return a instanceof PyBytes ? new PyBytes(out) : new PyByteArray(out);
            }
        }
        if (op == Op.MUL) {
            if (PyOps.isInt(a) && !PyOps.isInt(b)) {
                Object t = a;
                a = b;
                b = t;
            }
            if (PyOps.isInt(b)) {
                long n = Math.max(0, PyOps.asLong(b));
                if (a instanceof String s) {
                    return s.repeat((int) n);
                }
                if (a instanceof PyList l) {
                    List<Object> out = new ArrayList<>();
                    for (long i = 0; i < n; i++) {
                        out.addAll(l.items());
                    }
                    return new PyList(out);
                }
                if (a instanceof PyTuple t) {
                    List<Object> out = new ArrayList<>();
                    for (long i = 0; i < n; i++) {
                        out.addAll(java.util.Arrays.asList(t.items()));
                    }
                    return new PyTuple(out.toArray());
                }
                if (a instanceof PyBytes) {
                    // MicroPython repeats bytes but not bytearray
                    byte[] x = PyOps.bytesOf(a);
                    byte[] out = new byte[(int) (x.length * n)];
                    for (int i = 0; i < n; i++) {
                        System.arraycopy(x, 0, out, i * x.length, x.length);
                    }
                    return a instanceof PyBytes ? new PyBytes(out) : new PyByteArray(out);
                }
            }
        }
        if (op == Op.MOD && a instanceof String fmt) {
            return ValueFormat.percent(fmt, b);
        }
        if (a instanceof PySet x && b instanceof PySet y) {
            return switch (op) {
                case OR -> SetAlgebra.union(x, y);
                case AND -> SetAlgebra.intersection(x, y);
                case SUB -> SetAlgebra.difference(x, y);
                case XOR -> SetAlgebra.symmetricDifference(x, y);
                default -> null;
            };
        }
        if (a instanceof PyDict x && b instanceof PyDict y && op == Op.OR) {
            PyDict out = new PyDict();
            for (Object[] e : x.storage().entries()) {
                out.put(e[0], e[1]);
            }
            for (Object[] e : y.storage().entries()) {
                out.put(e[0], e[1]);
            }
            return out;
        }
        return null;
    }

    /** Float floor division as py/objfloat.c's mp_obj_float_divmod computes it (via fmod, then corrected). */
    private static double floorDiv(double x, double y) {
        double mod = x % y;
        double div = (x - mod) / y;
        if (mod != 0.0 && (mod < 0.0) != (y < 0.0)) {
            div -= 1.0;
        }
        if (div == 0.0) {
            return Math.copySign(0.0, x / y);
        }
        double floor = Math.floor(div);
        return div - floor > 0.5 ? floor + 1.0 : floor;
    }

    @TruffleBoundary
    public static Object negate(Object a) {
        if (a instanceof Long l) {
            return l == Long.MIN_VALUE ? PyOps.normalize(BigInteger.valueOf(l).negate()) : (Object) (-l);
        }
        if (a instanceof Boolean b) {
            return b ? -1L : 0L;
        }
        if (a instanceof BigInteger b) {
            return PyOps.normalize(b.negate());
        }
        if (a instanceof Double d) {
            return -d;
        }
        if (a instanceof PyComplex c) {
            return new PyComplex(-c.real(), -c.imag());
        }
        return unaryDunder(a, "__neg__", Arithmetic::negate);
    }

    @TruffleBoundary
    public static Object positive(Object a) {
        if (a instanceof Boolean b) {
            return b ? 1L : 0L;
        }
        if (PyOps.isNumber(a) || a instanceof PyComplex) {
            return a;
        }
        return unaryDunder(a, "__pos__", Arithmetic::positive);
    }

    @TruffleBoundary
    public static Object invert(Object a) {
        if (a instanceof Long l) {
            return ~l;
        }
        if (a instanceof Boolean b) {
            return b ? -2L : -1L;
        }
        if (a instanceof BigInteger b) {
            return PyOps.normalize(b.not());
        }
        return unaryDunder(a, "__invert__", Arithmetic::invert);
    }

    /** abs(): ints and floats directly, else the object's {@code __abs__}. */
    @TruffleBoundary
    public static Object absolute(Object a) {
        if (a instanceof Double d) {
            return Math.abs(d);
        }
        if (PyOps.isInt(a)) {
            return PyOps.normalize(PyOps.big(a).abs());
        }
        if (a instanceof PyComplex c) {
            return ComplexMath.abs(c);
        }
        return unaryDunder(a, "__abs__", Arithmetic::absolute);
    }

    private static Object unaryDunder(Object a, String dunder, java.util.function.UnaryOperator<Object> nativeOp) {
        if (a instanceof PyInstance inst) {
            Object m = inst.getPyClass().lookup(dunder);
            if (m != null) {
                return PyOps.callMethod(m, a);
            }
            if (a instanceof PyNativeSubclassInstance n) {
                return nativeOp.apply(n.nativeValue());
            }
        }
        throw Errors.unsupportedUnary(dunder, a);
    }
}
