package org.mpyjvm.language.builtins;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.mpyjvm.language.errors.Errors;
import org.mpyjvm.language.runtime.BuiltinTypes;
import org.mpyjvm.language.runtime.Instantiation;
import org.mpyjvm.language.runtime.ValueFormat;
import org.mpyjvm.language.runtime.PyBaseException;
import org.mpyjvm.language.runtime.PyByteArray;
import org.mpyjvm.language.runtime.PyBytes;
import org.mpyjvm.language.runtime.PyClass;
import org.mpyjvm.language.runtime.PyDescriptors;
import org.mpyjvm.language.runtime.PyDict;
import org.mpyjvm.language.runtime.PyKeywords;
import org.mpyjvm.language.runtime.PyList;
import org.mpyjvm.language.runtime.PyMemoryView;
import org.mpyjvm.language.runtime.PyNativeSubclassInstance;
import org.mpyjvm.language.runtime.PyNone;
import org.mpyjvm.language.runtime.PyOps;
import org.mpyjvm.language.runtime.PyRange;
import org.mpyjvm.language.runtime.PySet;
import org.mpyjvm.language.runtime.PySlice;
import org.mpyjvm.language.runtime.PyTuple;
import org.mpyjvm.language.runtime.Buffer;
import org.mpyjvm.language.runtime.BufferProvider;
import org.mpyjvm.language.spi.Builtin;

/**
 * Constructors and methods of the builtin types, installed once into the shared builtin classes. Each nested class
 * holds one type's methods ({@code args[0]} is self).
 */
public final class BuiltinTypeMethods {
    private BuiltinTypeMethods() {
    }

    private static boolean installed;

    public static synchronized void install() {
        if (installed) {
            return;
        }
        installed = true;
        add(BuiltinTypes.LIST, ListMethods.class);
        add(BuiltinTypes.DICT, DictMethods.class);
        BuiltinTypes.DICT.getDict().put("fromkeys",
            new PyDescriptors.ClassMethod(BuiltinTypes.DICT.getDict().get("fromkeys")));
        add(BuiltinTypes.STR, StrMethods.class);
        add(BuiltinTypes.SET, SetMethods.class);
        add(BuiltinTypes.SET, SetMethods.Reading.class);
        add(BuiltinTypes.FROZENSET, SetMethods.Reading.class);
        add(BuiltinTypes.TUPLE, TupleMethods.class);
        add(BuiltinTypes.BYTES, BytesMethods.class);
        add(BuiltinTypes.BYTEARRAY, BytesMethods.class);
        add(BuiltinTypes.BYTEARRAY, BytesMethods.Mutating.class);
        for (PyClass bytesType : new PyClass[]{BuiltinTypes.BYTES, BuiltinTypes.BYTEARRAY}) {
            bytesType.getDict().put("fromhex", new PyDescriptors.ClassMethod(bytesType.getDict().get("fromhex")));
        }
        add(BuiltinTypes.INT, IntMethods.class);
        BuiltinTypes.INT.getDict().put("from_bytes",
            new PyDescriptors.ClassMethod(BuiltinTypes.INT.getDict().get("from_bytes")));
        add(BuiltinTypes.BASE_EXCEPTION, ExceptionMethods.class);
        add(BuiltinTypes.OBJECT, ObjectMethods.class);
        add(BuiltinTypes.PROPERTY, PropertyMethods.class);
        for (var e : BuiltinRegistry.functionsOf(Constructors.class, null).entrySet()) {
            PyClass type = switch (e.getKey()) {
                case "int" -> BuiltinTypes.INT;
                case "float" -> BuiltinTypes.FLOAT;
                case "str" -> BuiltinTypes.STR;
                case "bool" -> BuiltinTypes.BOOL;
                case "list" -> BuiltinTypes.LIST;
                case "tuple" -> BuiltinTypes.TUPLE;
                case "dict" -> BuiltinTypes.DICT;
                case "set" -> BuiltinTypes.SET;
                case "frozenset" -> BuiltinTypes.FROZENSET;
                case "range" -> BuiltinTypes.RANGE;
                case "bytes" -> BuiltinTypes.BYTES;
                case "bytearray" -> BuiltinTypes.BYTEARRAY;
                case "memoryview" -> BuiltinTypes.MEMORYVIEW;
                case "type" -> BuiltinTypes.TYPE;
                case "property" -> BuiltinTypes.PROPERTY;
                case "classmethod" -> BuiltinTypes.CLASSMETHOD;
                case "staticmethod" -> BuiltinTypes.STATICMETHOD;
                case "complex" -> BuiltinTypes.COMPLEX;
                case "super" -> BuiltinTypes.SUPER;
                default -> throw new IllegalStateException(e.getKey());
            };
            Instantiation.registerConstructor(type, e.getValue());
        }
        IteratorClasses.registerConstructors();
    }

    private static void add(PyClass type, Class<?> methods) {
        for (var e : BuiltinRegistry.functionsOf(methods, null).entrySet()) {
            if (type != BuiltinTypes.OBJECT) {
                e.getValue().setSelfType(type);
            }
            type.getDict().put(e.getKey(), e.getValue());
        }
    }

    /** Calls of the builtin classes themselves: int(x), str(x), list(it), ... */
    public static final class Constructors {
        @Builtin(name = "int", minArgs = 0, maxArgs = 2)
        public static Object intCtor(Object[] a) {
            if (a.length == 0) {
                return 0L;
            }
            Object v = a[0];
            if (v instanceof PyNativeSubclassInstance n
                && (PyOps.isInt(n.nativeValue()) || n.nativeValue() instanceof String)) {
                v = n.nativeValue(); // int(Flags(3)) and int(Name('12')) read the native part; a float's is refused
            }
            if (a.length == 2 || v instanceof String || v instanceof PyBytes || v instanceof PyByteArray) {
                int base = a.length == 2 ? (int) Math.max(-1, Math.min(37, PyOps.asLong(a[1]))) : 10;
                if (!(v instanceof String) && !(v instanceof PyBytes) && !(v instanceof PyByteArray)) {
                    throw Errors.notImplicitlyStr(v); // int(x, base) reads x as text
                }
                try {
                    return PyOps.normalize(v instanceof String str ? org.mpyjvm.language.format.IntText.parse(str, base)
                        : org.mpyjvm.language.format.IntText.parse(PyOps.bytesOf(v), base));
                } catch (org.mpyjvm.language.common.GuestError e) {
                    throw Errors.fromGuestError(e);
                }
            }
            if (v instanceof Double d) {
                return PyOps.intFromFloat(d);
            }
            if (v instanceof Boolean b) {
                return b ? 1L : 0L;
            }
            if (PyOps.isInt(v)) {
                return v;
            }
            Object m = PyOps.typeOf(v).lookup("__int__");
            if (m != null) {
                return PyOps.callMethod(m, v);
            }
            throw Errors.cantConvert(v, "int");
        }

        @Builtin(name = "float", minArgs = 0, maxArgs = 1)
        public static Object floatCtor(Object[] a) {
            if (a.length == 0) {
                return 0.0;
            }
            if (a[0] instanceof PyNativeSubclassInstance n && n.nativeValue() instanceof String text) {
                a = new Object[]{text}; // float(Name('1.5')) parses; float(Celsius(1.5)) is refused as on a board
            }
            if (a[0] instanceof String s) {
                String t = s.strip().toLowerCase();
                try {
                    return switch (t) {
                        case "inf", "+inf", "infinity" -> Double.POSITIVE_INFINITY;
                        case "-inf", "-infinity" -> Double.NEGATIVE_INFINITY;
                        case "nan", "+nan", "-nan" -> Double.NaN;
                        default -> parseDecimal(t);
                    };
                } catch (NumberFormatException e) {
                    throw Errors.valueError("invalid syntax for number");
                }
            }
            return PyOps.toDouble(a[0]);
        }

        private static final java.util.regex.Pattern DECIMAL =
            java.util.regex.Pattern.compile("([+-]?)([0-9_]*(?:\\.[0-9_]*)?)(e[+-]?[0-9][0-9_]*)?");

        /**
         * A decimal float as py/parsenum.c reads it: the mantissa may have no digits at all ("." and "e5" are 0.0),
         * an exponent needs one, and nothing else is accepted (Java's own suffixes like "1d" or hex floats are not).
         */
        private static double parseDecimal(String t) {
            java.util.regex.Matcher m = DECIMAL.matcher(t);
            if (t.isEmpty() || !m.matches() || m.group(2).isEmpty() && m.group(3) == null) {
                throw new NumberFormatException(t);
            }
            String mantissa = m.group(2).replace("_", "");
            if (mantissa.replace(".", "").isEmpty()) {
                return m.group(1).equals("-") ? -0.0 : 0.0;
            }
            return Double.parseDouble(m.group(1) + mantissa + (m.group(3) == null ? "" : m.group(3).replace("_", "")));
        }

        @Builtin(name = "str", minArgs = 0, maxArgs = 3)
        public static Object strCtor(Object[] a) {
            if (a.length == 0) {
                return "";
            }
            if (a.length > 1 && a[0] instanceof BufferProvider) {
                return new String(PyOps.bytesOf(a[0]), java.nio.charset.StandardCharsets.UTF_8);
            }
            return PyOps.str(a[0]);
        }

        @Builtin(name = "bool", minArgs = 0, maxArgs = 1)
        public static Object boolCtor(Object[] a) {
            return a.length > 0 && PyOps.isTrue(a[0]);
        }

        @Builtin(name = "list", minArgs = 0, maxArgs = 1)
        public static Object listCtor(Object[] a) {
            return a.length == 0 ? new PyList() : new PyList(PyOps.toList(a[0]));
        }

        @Builtin(name = "tuple", minArgs = 0, maxArgs = 1)
        public static Object tupleCtor(Object[] a) {
            if (a.length == 0) {
                return PyTuple.EMPTY;
            }
            return a[0] instanceof PyTuple t && t.getPyClass() == BuiltinTypes.TUPLE ? t
                : new PyTuple(PyOps.toList(a[0]).toArray());
        }

        @Builtin(name = "dict", minArgs = 0, maxArgs = 1, keywords = true)
        public static Object dictCtor(Object[] a, PyKeywords kw) {
            PyDict d = new PyDict();
            if (a.length == 1) {
                DictMethods.merge(d, a[0]);
            }
            for (int i = 0; i < kw.size(); i++) {
                d.put(kw.names()[i], kw.values()[i]);
            }
            return d;
        }

        @Builtin(name = "set", minArgs = 0, maxArgs = 1)
        public static Object setCtor(Object[] a) {
            PySet s = new PySet(false);
            if (a.length == 1) {
                PyOps.toList(a[0]).forEach(s::add);
            }
            return s;
        }

        @Builtin(name = "frozenset", minArgs = 0, maxArgs = 1)
        public static Object frozensetCtor(Object[] a) {
            PySet s = new PySet(true);
            if (a.length == 1) {
                PyOps.toList(a[0]).forEach(s::add);
            }
            return s;
        }

        @Builtin(name = "range", minArgs = 1, maxArgs = 3)
        public static Object rangeCtor(Object[] a) {
            long start = 0;
            long stop;
            long step = 1;
            if (a.length == 1) {
                stop = PyOps.asLong(a[0]);
            } else {
                start = PyOps.asLong(a[0]);
                stop = PyOps.asLong(a[1]);
                if (a.length == 3) {
                    step = PyOps.asLong(a[2]);
                    if (step == 0) {
                        throw Errors.valueError(Errors.ZERO_STEP);
                    }
                }
            }
            return new PyRange(start, stop, step);
        }

        @Builtin(name = "bytes", minArgs = 0, maxArgs = 3)
        public static Object bytesCtor(Object[] a) {
            return new PyBytes(bytesFrom(a, false));
        }

        @Builtin(name = "bytearray", minArgs = 0, maxArgs = 3)
        public static Object bytearrayCtor(Object[] a) {
            return new PyByteArray(bytesFrom(a, true));
        }

        /** The initial data; a bytearray keeps the low 8 bits of each int as py/objarray.c, bytes checks the range. */
        private static byte[] bytesFrom(Object[] a, boolean truncate) {
            if (a.length == 0) {
                return new byte[0];
            }
            Object v = a[0];
            if (v instanceof String s) {
                if (a.length < 2) {
                    throw Errors.typeError("string argument without an encoding");
                }
                return s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            }
            if (PyOps.isInt(v)) {
                long n = PyOps.asLong(v);
                if (n < 0) {
                    // py/objstr.c: a negative size is a ValueError without a message
                    throw Errors.create(org.mpyjvm.language.runtime.BuiltinTypes.VALUE_ERROR, null);
                }
                return new byte[(int) n];
            }
            if (v instanceof BufferProvider) {
                return PyOps.bytesOf(v).clone();
            }
            List<Object> items = PyOps.toList(v);
            byte[] out = new byte[items.size()];
            for (int i = 0; i < out.length; i++) {
                long b = PyOps.asLong(items.get(i));
                if (!truncate && (b < 0 || b > 255)) {
                    throw Errors.valueError("bytes value out of range");
                }
                out[i] = (byte) b;
            }
            return out;
        }

        @Builtin(name = "memoryview", minArgs = 1)
        public static Object memoryviewCtor(Object[] a) {
            Object source = a[0] instanceof PyNativeSubclassInstance n ? n.nativeValue() : a[0];
            if (!(source instanceof BufferProvider p)) {
                throw Errors.typeError("object with buffer protocol required");
            }
            Buffer b = p.buffer();
            return new PyMemoryView(b, 0, b.length(), p.bufferFormat());
        }

        @Builtin(name = "type", minArgs = 1, maxArgs = 3)
        public static Object typeCtor(Object[] a) {
            if (a.length == 1) {
                return PyOps.typeOf(a[0]);
            }
            List<Object> bases = PyOps.toList(a[1]);
            PyClass[] b = bases.isEmpty() ? new PyClass[]{BuiltinTypes.OBJECT} : bases.toArray(new PyClass[0]);
            java.util.Map<String, Object> ns = new java.util.LinkedHashMap<>();
            for (Object[] e : ((PyDict) a[2]).storage().entries()) {
                ns.put((String) e[0], e[1]);
            }
            return PyClass.user((String) a[0], b, ns);
        }

        @Builtin(name = "complex", minArgs = 0, maxArgs = 2)
        public static Object complexCtor(Object[] a) {
            return org.mpyjvm.language.runtime.ComplexMath.construct(a);
        }

        @Builtin(name = "property", minArgs = 0, maxArgs = Integer.MAX_VALUE, keywords = true)
        public static Object propertyCtor(Object[] a, PyKeywords kw) {
            // as MicroPython's argument table: fget/fset/fdel are positional only, doc may be a keyword
            if (a.length > 4) {
                throw Errors.typeError("extra positional arguments given");
            }
            boolean docKeyword = kw.size() == 1 && kw.names()[0].equals("doc");
            if (kw.size() > 1 || (kw.size() == 1 && (!docKeyword || a.length == 4))) {
                throw Errors.typeError("extra keyword arguments given");
            }
            return new PyDescriptors.Property(a.length > 0 ? a[0] : PyNone.INSTANCE,
                a.length > 1 ? a[1] : PyNone.INSTANCE, a.length > 2 ? a[2] : PyNone.INSTANCE);
        }

        /** The two-argument form; zero-argument super() inside a method is compiled to a SuperNode. */
        @Builtin(name = "super", minArgs = 2)
        public static Object superCtor(Object[] a) {
            if (!(a[0] instanceof PyClass start)) {
                throw Errors.typeError("first argument to super() must be type");
            }
            return new org.mpyjvm.language.runtime.PySuper(start, a[1]);
        }

        @Builtin(name = "classmethod", minArgs = 1)
        public static Object classmethodCtor(Object[] a) {
            return new PyDescriptors.ClassMethod(a[0]);
        }

        @Builtin(name = "staticmethod", minArgs = 1)
        public static Object staticmethodCtor(Object[] a) {
            return new PyDescriptors.StaticMethod(a[0]);
        }
    }

    /** int methods. */
    public static final class IntMethods {
        @Builtin(name = "bit_length", minArgs = 1)
        public static Object bitLength(Object[] a) {
            return (long) PyOps.big(a[0]).abs().bitLength();
        }

        /**
         * int.to_bytes(length, byteorder[, signed]): two's complement for negative values; a value that does not
         * fit is OverflowError "buffer too small" (MicroPython checks the size, not the sign).
         */
        @Builtin(name = "to_bytes", minArgs = 1, maxArgs = 4)
        public static Object toBytes(Object[] a) {
            int length = a.length > 1 ? (int) PyOps.asLong(a[1]) : 1;
            if (length < 0) {
                throw Errors.valueError("negative count");
            }
            boolean little = a.length > 2 && "little".equals(a[2]);
            BigInteger v = PyOps.big(a[0]);
            int needed = v.signum() < 0 ? v.bitLength() + 1 : v.bitLength();
            if (needed > 8L * length) {
                throw Errors.overflowError("buffer too small");
            }
            byte[] out = new byte[length];
            for (int i = 0; i < length; i++) {
                out[little ? i : length - 1 - i] = v.shiftRight(8 * i).byteValue();
            }
            return new PyBytes(out);
        }

        /** int.from_bytes(bytes, byteorder[, signed]), a classmethod; the value is read unsigned, as MicroPython does. */
        @Builtin(name = "from_bytes", minArgs = 2, maxArgs = 4)
        public static Object fromBytes(Object[] a) {
            byte[] b = PyOps.bytesOf(a[1]);
            boolean little = a.length > 2 && "little".equals(a[2]);
            BigInteger v = BigInteger.ZERO;
            for (int i = 0; i < b.length; i++) {
                int index = little ? b.length - 1 - i : i;
                v = v.shiftLeft(8).or(BigInteger.valueOf(b[index] & 0xff));
            }
            return PyOps.normalize(v);
        }
    }

    /** BaseException.__init__ keeps the arguments. */
    public static final class ExceptionMethods {
        @Builtin(name = "__init__", minArgs = 1, maxArgs = Integer.MAX_VALUE)
        public static Object init(Object[] a) {
            ((PyBaseException) a[0]).setArgs(new PyTuple(java.util.Arrays.copyOfRange(a, 1, a.length)));
            return PyNone.INSTANCE;
        }
    }

    /** object.__init__ and friends, reachable through super(). */
    public static final class ObjectMethods {
        @Builtin(name = "__init__", minArgs = 1, maxArgs = Integer.MAX_VALUE)
        public static Object init(Object[] a) {
            return PyNone.INSTANCE;
        }

        // object.__new__ takes only the class, as in py/objobject.c: super().__new__(cls, x) is a TypeError
        @Builtin(name = "__new__", minArgs = 1, maxArgs = 1)
        public static Object newInstance(Object[] a) {
            return Instantiation.allocate((PyClass) a[0], new Object[0]);
        }

        /** object.__setattr__(obj, name, value): stores in the instance itself, past any __setattr__ override. */
        @Builtin(name = "__setattr__", minArgs = 3)
        public static Object setattr(Object[] a) {
            com.oracle.truffle.api.object.DynamicObjectLibrary.getUncached().put(userInstance(a[0]), attrName(a[1]), a[2]);
            return PyNone.INSTANCE;
        }

        /** object.__delattr__(obj, name): removes from the instance itself, past any __delattr__ override. */
        @Builtin(name = "__delattr__", minArgs = 2)
        public static Object delattr(Object[] a) {
            org.mpyjvm.language.runtime.PyInstance inst = userInstance(a[0]);
            if (!com.oracle.truffle.api.object.DynamicObjectLibrary.getUncached().removeKey(inst, attrName(a[1]))) {
                throw Errors.create(BuiltinTypes.ATTRIBUTE_ERROR, "no such attribute");
            }
            return PyNone.INSTANCE;
        }

        private static org.mpyjvm.language.runtime.PyInstance userInstance(Object o) {
            if (!(o instanceof org.mpyjvm.language.runtime.PyInstance inst)) {
                throw Errors.typeError("arg must be user-type");
            }
            return inst;
        }

        private static String attrName(Object o) {
            if (!(o instanceof String name)) {
                throw Errors.createWithArgs(BuiltinTypes.TYPE_ERROR);
            }
            return name;
        }
    }

    /** property.setter / getter / deleter decorators. */
    public static final class PropertyMethods {
        @Builtin(name = "setter", minArgs = 2)
        public static Object setter(Object[] a) {
            PyDescriptors.Property p = (PyDescriptors.Property) a[0];
            return new PyDescriptors.Property(p.getter(), a[1], p.deleter());
        }

        @Builtin(name = "getter", minArgs = 2)
        public static Object getter(Object[] a) {
            PyDescriptors.Property p = (PyDescriptors.Property) a[0];
            return new PyDescriptors.Property(a[1], p.setter(), p.deleter());
        }

        @Builtin(name = "deleter", minArgs = 2)
        public static Object deleter(Object[] a) {
            PyDescriptors.Property p = (PyDescriptors.Property) a[0];
            return new PyDescriptors.Property(p.getter(), p.setter(), a[1]);
        }
    }
}
