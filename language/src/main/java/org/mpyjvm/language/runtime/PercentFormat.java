package org.mpyjvm.language.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.List;
import org.mpyjvm.language.errors.Errors;

/**
 * The interpreter's own compact {@code %}-formatting and format-spec ({@code format()}, {@code str.format}, f-string)
 * engine. lang-pure's format package is the full MicroPython-exact engine meant to replace these two entry points.
 */
public final class PercentFormat {
    private PercentFormat() {
    }

    @TruffleBoundary
    public static String format(String fmt, Object args) {
        List<Object> values = args instanceof PyTuple t ? List.of(t.items()) : List.of(args);
        PyDict mapping = args instanceof PyDict d ? d : null;
        StringBuilder out = new StringBuilder();
        int next = 0;
        int i = 0;
        while (i < fmt.length()) {
            char c = fmt.charAt(i++);
            if (c != '%') {
                out.append(c);
                continue;
            }
            if (i >= fmt.length()) {
                throw Errors.valueError("incomplete format");
            }
            Object keyed = null;
            if (fmt.charAt(i) == '(') {
                int close = fmt.indexOf(')', i);
                if (mapping == null) {
                    throw Errors.typeError("format requires a dict");
                }
                keyed = Subscripts.getItem(mapping, fmt.substring(i + 1, close));
                i = close + 1;
            }
            StringBuilder flags = new StringBuilder();
            while (i < fmt.length() && "-+ #0".indexOf(fmt.charAt(i)) >= 0) {
                flags.append(fmt.charAt(i++));
            }
            String width = "";
            if (i < fmt.length() && fmt.charAt(i) == '*') {
                width = String.valueOf(PyOps.asLong(values.get(next++)));
                i++;
            }
            while (i < fmt.length() && Character.isDigit(fmt.charAt(i))) {
                width += fmt.charAt(i++);
            }
            String precision = null;
            if (i < fmt.length() && fmt.charAt(i) == '.') {
                i++;
                precision = "";
                if (i < fmt.length() && fmt.charAt(i) == '*') {
                    precision = String.valueOf(PyOps.asLong(values.get(next++)));
                    i++;
                }
                while (i < fmt.length() && Character.isDigit(fmt.charAt(i))) {
                    precision += fmt.charAt(i++);
                }
            }
            char type = fmt.charAt(i++);
            if (type == '%') {
                out.append('%');
                continue;
            }
            Object value;
            if (keyed != null) {
                value = keyed;
            } else {
                if (next >= values.size()) {
                    throw Errors.typeError("format string needs more arguments");
                }
                value = values.get(next++);
            }
            String spec = flags.toString().replace("-", "<").replace("#", "#") + width
                + (precision != null ? "." + (precision.isEmpty() ? "0" : precision) : "");
            String align = flags.indexOf("-") >= 0 ? "<" : "";
            String sign = flags.indexOf("+") >= 0 ? "+" : flags.indexOf(" ") >= 0 ? " " : "";
            String zero = flags.indexOf("0") >= 0 && align.isEmpty() ? "0" : "";
            String alt = flags.indexOf("#") >= 0 ? "#" : "";
            String prec = precision != null ? "." + (precision.isEmpty() ? "0" : precision) : "";
            String body;
            switch (type) {
                case 's':
                    body = formatSpec(PyOps.str(value), align + width + prec);
                    break;
                case 'r':
                    body = formatSpec(PyOps.repr(value), align + width + prec);
                    break;
                case 'c':
                    body = formatSpec(value instanceof String s ? s : Character.toString((int) PyOps.asLong(value)),
                        align + width);
                    break;
                case 'd': case 'i': case 'u':
                    if (!PyOps.isNumber(value)) {
                        throw Errors.typeError("can't convert " + PyOps.typeName(value) + " to int");
                    }
                    body = formatSpec(value instanceof Double d ? PyOps.normalize(new BigDecimal(d).toBigInteger()) : value,
                        align + sign + zero + width + "d");
                    break;
                case 'x': case 'X': case 'o':
                    body = formatSpec(value, align + sign + alt + zero + width + type);
                    break;
                case 'f': case 'F': case 'e': case 'E': case 'g': case 'G':
                    body = formatSpec(PyOps.toDouble(value), align + sign + zero + width + prec + type);
                    break;
                default:
                    throw Errors.valueError("unsupported format character '" + type + "' (0x"
                        + Integer.toHexString(type) + ") at index " + (i - 1));
            }
            out.append(body);
            if (spec.isEmpty()) {
                continue;
            }
        }
        if (mapping == null && next < values.size() && !(args instanceof PyDict)) {
            throw Errors.typeError("format string didn't convert all arguments");
        }
        return out.toString();
    }

    /**
     * format(value, spec): {@code [[fill]align][sign][#][0][width][,][.precision][type]}.
     */
    @TruffleBoundary
    public static String formatSpec(Object value, String spec) {
        if (value instanceof PyInstance inst && !(value instanceof PyBaseException)) {
            Object m = inst.getPyClass().lookup("__format__");
            if (m != null) {
                return PyOps.str(PyOps.callMethod(m, value, spec));
            }
            value = PyOps.str(value);
        }
        int i = 0;
        char fill = ' ';
        char align = 0;
        if (spec.length() >= 2 && "<>^=".indexOf(spec.charAt(1)) >= 0) {
            fill = spec.charAt(0);
            align = spec.charAt(1);
            i = 2;
        } else if (!spec.isEmpty() && "<>^=".indexOf(spec.charAt(0)) >= 0) {
            align = spec.charAt(0);
            i = 1;
        }
        char sign = '-';
        if (i < spec.length() && "+- ".indexOf(spec.charAt(i)) >= 0) {
            sign = spec.charAt(i++);
        }
        boolean alternate = false;
        if (i < spec.length() && spec.charAt(i) == '#') {
            alternate = true;
            i++;
        }
        if (i < spec.length() && spec.charAt(i) == '0') {
            if (align == 0) {
                fill = '0';
                align = '=';
            }
            i++;
        }
        int width = 0;
        while (i < spec.length() && Character.isDigit(spec.charAt(i))) {
            width = width * 10 + spec.charAt(i++) - '0';
        }
        boolean grouping = false;
        if (i < spec.length() && (spec.charAt(i) == ',' || spec.charAt(i) == '_')) {
            grouping = true;
            i++;
        }
        int precision = -1;
        if (i < spec.length() && spec.charAt(i) == '.') {
            i++;
            precision = 0;
            while (i < spec.length() && Character.isDigit(spec.charAt(i))) {
                precision = precision * 10 + spec.charAt(i++) - '0';
            }
        }
        char type = i < spec.length() ? spec.charAt(i) : 0;
        String body;
        String prefix = "";
        boolean numeric = PyOps.isNumber(value);
        if (value instanceof String s) {
            if (type != 0 && type != 's') {
                throw Errors.valueError("unknown format code '" + type + "' for object of type 'str'");
            }
            body = precision >= 0 && precision < s.length() ? s.substring(0, precision) : s;
            numeric = false;
        } else if (numeric && (type == 0 && PyOps.isInt(value) || "dxXobcn".indexOf(type) >= 0 && type != 0)) {
            BigInteger v = value instanceof Double d ? new BigDecimal(d).toBigInteger() : PyOps.big(value);
            if (v.signum() < 0) {
                prefix = "-";
                v = v.negate();
            } else if (sign != '-') {
                prefix = String.valueOf(sign);
            }
            switch (type) {
                case 'x':
                    body = v.toString(16);
                    prefix += alternate ? "0x" : "";
                    break;
                case 'X':
                    body = v.toString(16).toUpperCase();
                    prefix += alternate ? "0X" : "";
                    break;
                case 'o':
                    body = v.toString(8);
                    prefix += alternate ? "0o" : "";
                    break;
                case 'b':
                    body = v.toString(2);
                    prefix += alternate ? "0b" : "";
                    break;
                case 'c':
                    body = Character.toString(v.intValue());
                    break;
                default:
                    body = v.toString();
                    if (grouping) {
                        body = group(body);
                    }
            }
        } else if (numeric) {
            double d = PyOps.toDouble(value);
            if (d < 0 || d == 0 && 1 / d < 0) {
                prefix = "-";
                d = -d;
            } else if (sign != '-') {
                prefix = String.valueOf(sign);
            }
            body = formatFloat(d, type, precision);
            if (grouping) {
                int dot = body.indexOf('.');
                body = dot < 0 ? group(body) : group(body.substring(0, dot)) + body.substring(dot);
            }
        } else {
            body = PyOps.str(value);
            numeric = false;
        }
        int padding = width - prefix.length() - body.length();
        if (padding <= 0) {
            return prefix + body;
        }
        String pad = String.valueOf(fill).repeat(padding);
        if (align == 0) {
            align = numeric ? '>' : '<';
        }
        return switch (align) {
            case '<' -> prefix + body + pad;
            case '^' -> String.valueOf(fill).repeat(padding / 2) + prefix + body
                + String.valueOf(fill).repeat(padding - padding / 2);
            case '=' -> prefix + pad + body;
            default -> pad + prefix + body;
        };
    }

    private static String group(String digits) {
        StringBuilder sb = new StringBuilder();
        int n = digits.length();
        for (int k = 0; k < n; k++) {
            if (k > 0 && (n - k) % 3 == 0) {
                sb.append(',');
            }
            sb.append(digits.charAt(k));
        }
        return sb.toString();
    }

    private static String formatFloat(double d, char type, int precision) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            String s = Double.isNaN(d) ? "nan" : "inf";
            return Character.isUpperCase(type) ? s.toUpperCase() : s;
        }
        switch (type) {
            case 'f': case 'F': case '%': {
                double v = type == '%' ? d * 100 : d;
                String s = new BigDecimal(v).setScale(precision < 0 ? 6 : precision, RoundingMode.HALF_EVEN)
                    .toPlainString();
                return type == '%' ? s + "%" : s;
            }
            case 'e': case 'E': {
                String s = String.format("%." + (precision < 0 ? 6 : precision) + "e", d);
                return type == 'E' ? s.toUpperCase() : s;
            }
            case 'g': case 'G': {
                int p = precision < 0 ? 6 : Math.max(precision, 1);
                if (d == 0) {
                    return "0";
                }
                int exp = (int) Math.floor(Math.log10(d));
                BigDecimal rounded = new BigDecimal(d).round(new java.math.MathContext(p, RoundingMode.HALF_EVEN));
                exp = rounded.precision() - rounded.scale() - 1;
                String s;
                if (exp < -4 || exp >= p) {
                    s = String.format("%." + (p - 1) + "e", d);
                    int e = s.indexOf('e');
                    String mant = s.substring(0, e);
                    if (mant.contains(".")) {
                        mant = mant.replaceAll("0+$", "").replaceAll("\\.$", "");
                    }
                    s = mant + s.substring(e);
                } else {
                    s = rounded.setScale(Math.max(0, p - 1 - exp), RoundingMode.HALF_EVEN).toPlainString();
                    if (s.contains(".")) {
                        s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
                    }
                }
                return type == 'G' ? s.toUpperCase() : s;
            }
            default:
                if (precision >= 0) {
                    return formatFloat(d, 'g', precision);
                }
                return FloatRepr.repr(d);
        }
    }
}
