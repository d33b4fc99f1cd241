package org.mpyjvm.language.format;

import java.math.BigInteger;
import java.util.List;
import org.mpyjvm.language.common.GuestError;

/**
 * {@code str % args} as py/objstr.c's str_modulo_format does it: conversions d i u o x X e E f F g G c r s
 * and %%, flags - + space # 0, '*' widths and precisions, {@code %(name)s} with a dict. MicroPython has
 * no %a or %b, truncates floats for %d, and rejects floats for %x/%o; the error texts are its own.
 */
public final class PercentFormat {
    private PercentFormat() {
    }

    /**
     * @param positional the tuple's items, or a one-element list holding a non-tuple operand
     * @param mapping    the operand when it is a dict (for {@code %(name)}), else null
     */
    public static String format(String fmt, List<Object> positional, Object mapping, PercentOperands ops) {
        StringBuilder out = new StringBuilder();
        int argIndex = 0;
        int i = 0;
        int n = fmt.length();
        while (i < n) {
            char c = fmt.charAt(i++);
            if (c != '%') {
                out.append(c);
                continue;
            }
            if (i >= n) {
                throw new GuestError("ValueError", "incomplete format");
            }
            if (fmt.charAt(i) == '%') {
                out.append('%');
                i++;
                continue;
            }
            Object keyed = null;
            if (fmt.charAt(i) == '(') {
                if (mapping == null) {
                    throw new GuestError("TypeError", "format needs a dict");
                }
                int close = fmt.indexOf(')', i);
                if (close < 0) {
                    throw new GuestError("ValueError", "incomplete format key");
                }
                keyed = ops.getItem(mapping, fmt.substring(i + 1, close));
                // a keyed conversion still uses up the (single) positional slot, as in MicroPython
                argIndex++;
                i = close + 1;
            }
            boolean left = false;
            boolean zero = false;
            boolean alt = false;
            char sign = 0;
            for (; i < n; i++) {
                char f = fmt.charAt(i);
                if (f == '-') {
                    left = true;
                } else if (f == '0') {
                    zero = true;
                } else if (f == '+') {
                    sign = '+';
                } else if (f == ' ') {
                    if (sign == 0) {
                        sign = ' ';
                    }
                } else if (f == '#') {
                    alt = true;
                } else {
                    break;
                }
            }
            int width = -1;
            if (i < n && fmt.charAt(i) == '*') {
                if (argIndex >= positional.size()) {
                    throw needMore();
                }
                width = intArg(positional.get(argIndex++), ops).intValue();
                i++;
            } else {
                int start = i;
                while (i < n && Character.isDigit(fmt.charAt(i))) {
                    i++;
                }
                if (i > start) {
                    width = Integer.parseInt(fmt.substring(start, i));
                }
            }
            int prec = -1;
            if (i < n && fmt.charAt(i) == '.') {
                i++;
                if (i < n && fmt.charAt(i) == '*') {
                    if (argIndex >= positional.size()) {
                        throw needMore();
                    }
                    prec = intArg(positional.get(argIndex++), ops).intValue();
                    i++;
                } else {
                    int start = i;
                    while (i < n && Character.isDigit(fmt.charAt(i))) {
                        i++;
                    }
                    prec = i > start ? Integer.parseInt(fmt.substring(start, i)) : 0;
                }
            }
            if (i >= n) {
                throw new GuestError("ValueError", "incomplete format");
            }
            Object arg;
            if (keyed != null) {
                arg = keyed;
            } else {
                if (argIndex >= positional.size()) {
                    throw needMore();
                }
                arg = positional.get(argIndex++);
            }
            char type = fmt.charAt(i);
            if (left && width < 0) {
                width = -1;
            }
            char align = left ? '<' : '>';
            out.append(convert(type, i, arg, width, prec, align, zero && !left, alt, sign, ops));
            i++;
        }
        // a dict operand is never reported as unconverted
        if (argIndex < positional.size() && mapping == null) {
            throw new GuestError("TypeError", "format string didn't convert all arguments");
        }
        return out.toString();
    }

    private static String convert(char type, int index, Object arg, int width, int prec, char align, boolean zero,
                                  boolean alt, char sign, PercentOperands ops) {
        switch (type) {
            case 's', 'r' -> {
                String text = type == 's' ? ops.str(arg) : ops.repr(arg);
                if (prec >= 0) {
                    text = Padding.truncateBytes(text, prec);
                }
                return Padding.pad("", text, width, align, ' ');
            }
            case 'c' -> {
                String s = ops.asString(arg);
                String ch;
                if (s != null) {
                    if (s.codePointCount(0, s.length()) != 1) {
                        throw new GuestError("TypeError", "%c needs int or char");
                    }
                    ch = s;
                } else {
                    BigInteger v = ops.asIntegerArgument(arg);
                    if (v == null) {
                        throw new GuestError("TypeError", "integer needed");
                    }
                    ch = Padding.charFromLowByte(v.longValue());
                }
                return Padding.pad("", ch, width, align, ' ');
            }
            case 'd', 'i', 'u' -> {
                BigInteger v = ops.asIntegerArgument(arg);
                if (v == null) {
                    Double d = ops.asFloat(arg);
                    if (d == null) {
                        throw cantConvert(arg, "int", ops);
                    }
                    if (d.isNaN() || d.isInfinite()) {
                        throw new GuestError(d.isNaN() ? "ValueError" : "OverflowError",
                            "can't convert " + (d.isNaN() ? "NaN" : "inf") + " to int");
                    }
                    v = new java.math.BigDecimal(d).toBigInteger();
                }
                return integer(v, 10, "", width, prec, align, zero, sign);
            }
            case 'x', 'X', 'o' -> {
                BigInteger v = ops.asIntegerArgument(arg);
                if (v == null) {
                    throw cantConvert(arg, "int", ops);
                }
                int radix = type == 'o' ? 8 : 16;
                String prefix = alt ? (type == 'o' ? "0o" : type == 'x' ? "0x" : "0X") : "";
                String s = integer(v, radix, prefix, width, prec, align, zero, sign);
                return type == 'X' ? s.toUpperCase() : s;
            }
            case 'e', 'E', 'f', 'F', 'g', 'G' -> {
                Double d = ops.asFloat(arg);
                if (d == null) {
                    BigInteger v = ops.asIntegerArgument(arg);
                    if (v == null) {
                        throw cantConvert(arg, "float", ops);
                    }
                    d = v.doubleValue();
                }
                String text = FloatFormat.format(d, type, prec, (char) 0);
                String signText = text.startsWith("-") ? "-" : sign == 0 ? "" : String.valueOf(sign);
                if (text.startsWith("-")) {
                    text = text.substring(1);
                }
                return Padding.pad(signText, text, width, zero ? '=' : align, zero ? '0' : ' ');
            }
            default -> throw new GuestError("ValueError", String.format(
                    "unsupported format character '%c' (0x%x) at index %d", type, (int) type, index));
        }
    }

    private static String integer(BigInteger v, int radix, String prefix, int width, int prec, char align,
                                  boolean zero, char sign) {
        String digits = v.abs().toString(radix);
        if (prec > digits.length()) {
            digits = "0".repeat(prec - digits.length()) + digits;
        }
        String signText = v.signum() < 0 ? "-" : sign == 0 ? "" : String.valueOf(sign);
        return Padding.pad(signText + prefix, digits, width, zero ? '=' : align, zero ? '0' : ' ');
    }

    private static BigInteger intArg(Object arg, PercentOperands ops) {
        BigInteger v = ops.asIntegerArgument(arg);
        if (v == null) {
            throw cantConvert(arg, "int", ops);
        }
        return v;
    }

    private static GuestError cantConvert(Object arg, String to, PercentOperands ops) {
        return new GuestError("TypeError", "can't convert " + ops.typeName(arg) + " to " + to);
    }

    private static GuestError needMore() {
        return new GuestError("TypeError", "format string needs more arguments");
    }
}
