package org.mpyjvm.language.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mpyjvm.language.common.GuestError;
import org.mpyjvm.language.errors.Errors;
import org.mpyjvm.language.format.FormatSpec;
import org.mpyjvm.language.format.IntText;
import org.mpyjvm.language.format.PercentFormat;
import org.mpyjvm.language.format.PercentOperands;
import org.mpyjvm.language.format.SpecFormatter;
import org.mpyjvm.language.format.StrFormat;

/**
 * The interpreter's side of the formatting engines in {@code org.mpyjvm.language.format}: {@code str % x},
 * {@code str.format}, f-string fields and bin/oct/hex, with guest values adapted through one {@link PercentOperands}.
 * Engine errors (GuestError) become the named guest exceptions.
 */
public final class ValueFormat {
    private ValueFormat() {
    }

    private static final PercentOperands OPERANDS = new PercentOperands() {
        @Override
        public String str(Object value) {
            return PyOps.str(value);
        }

        @Override
        public String repr(Object value) {
            return PyOps.repr(value);
        }

        @Override
        public BigInteger asInteger(Object value) {
            return PyOps.isInt(value) ? PyOps.big(value) : null;
        }

        @Override
        public BigInteger asIntegerArgument(Object value) {
            // '%d' % Flags(3) reads the int part, as mp_obj_get_int does
            return asInteger(NativeSubclasses.nativeOf(value));
        }

        @Override
        public Double asFloat(Object value) {
            return value instanceof Double d ? d : null;
        }

        @Override
        public String asString(Object value) {
            return value instanceof String s ? s : null;
        }

        @Override
        public String typeName(Object value) {
            return PyOps.typeName(value);
        }

        @Override
        public Object getItem(Object mapping, String key) {
            return PyOps.getItem(mapping, key);
        }
    };

    /** {@code fmt % arg}: a tuple supplies the arguments, a dict the {@code %(name)} lookups. */
    @TruffleBoundary
    public static String percent(String fmt, Object arg) {
        List<Object> positional = arg instanceof PyTuple t ? Arrays.asList(t.items()) : List.of(arg);
        Object mapping = arg instanceof PyDict ? arg : null;
        try {
            return PercentFormat.format(fmt, positional, mapping, OPERANDS);
        } catch (GuestError e) {
            throw Errors.fromGuestError(e);
        }
    }

    /**
     * {@code bytes % arg}: the same conversions over the bytes taken as Latin-1 text; the result is bytes (text the
     * arguments contribute is UTF-8 encoded, as MicroPython prints objects into a byte buffer).
     */
    @TruffleBoundary
    public static PyBytes percent(PyBytes fmt, Object arg) {
        // bytes arguments go in raw (b'%s' % b'x' is b'x'), so they travel as Latin-1 text like the format
        Object args = arg instanceof PyTuple t ? new PyTuple(Arrays.stream(t.items()).map(ValueFormat::latin1).toArray())
            : latin1(arg);
        String text = percent(new String(fmt.bytes(), java.nio.charset.StandardCharsets.ISO_8859_1), args);
        boolean latin = text.chars().allMatch(c -> c < 0x100);
        return new PyBytes(text.getBytes(latin ? java.nio.charset.StandardCharsets.ISO_8859_1
            : java.nio.charset.StandardCharsets.UTF_8));
    }

    private static Object latin1(Object o) {
        return o instanceof PyBytes b ? new String(b.bytes(), java.nio.charset.StandardCharsets.ISO_8859_1) : o;
    }

    /** {@code fmt.format(*positional, **keywords)}. */
    @TruffleBoundary
    public static String format(String fmt, List<Object> positional, PyKeywords keywords) {
        Map<String, Object> kw = new LinkedHashMap<>();
        for (int i = 0; i < keywords.size(); i++) {
            kw.put(keywords.names()[i], keywords.values()[i]);
        }
        try {
            return StrFormat.format(fmt, positional, kw, OPERANDS);
        } catch (GuestError e) {
            throw Errors.fromGuestError(e);
        }
    }

    /**
     * One f-string field {@code {value!conversion:spec}} (the spec's own nested fields already expanded).
     * MicroPython compiles f-strings into str.format calls, so the field goes through the same engine.
     */
    @TruffleBoundary
    public static String field(Object value, char conversion, String spec) {
        if (conversion == 0 && spec.isEmpty()) {
            return PyOps.str(value);
        }
        String fmt = "{" + (conversion == 0 ? "" : "!" + conversion) + (spec.isEmpty() ? "" : ":" + spec) + "}";
        return format(fmt, List.of(value), PyKeywords.EMPTY);
    }

    /** A spec applied to an int, float or str, as a format field would apply it (str.center etc. use it). */
    @TruffleBoundary
    public static String spec(Object value, String spec) {
        try {
            FormatSpec parsed = FormatSpec.parse(spec);
            if (PyOps.isInt(value)) {
                return SpecFormatter.formatInt(PyOps.big(value), parsed, PyOps.typeName(value));
            }
            if (value instanceof Double d) {
                return SpecFormatter.formatFloat(d, parsed, "float");
            }
            return SpecFormatter.formatStr(PyOps.str(value), parsed, PyOps.typeName(value));
        } catch (GuestError e) {
            throw Errors.fromGuestError(e);
        }
    }

    /** bin(), oct(), hex(): any int (or bool), or an object with {@code __index__}. */
    @TruffleBoundary
    public static String withPrefix(Object value, int radix) {
        if (!PyOps.isInt(value)) {
            // MicroPython's bin() is "{:#b}".format(x), its hex()/oct() are "%#x" % x / "%#o" % x: only the latter
            // convert other objects (through __int__)
            if (radix == 2) {
                throw Errors.valueError("unknown format code 'b' for object of type '" + PyOps.typeName(value) + "'");
            }
            value = PyOps.asLong(value);
        }
        return IntText.withPrefix(PyOps.big(value), radix);
    }
}
