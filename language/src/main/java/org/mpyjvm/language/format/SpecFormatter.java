package org.mpyjvm.language.format;

import java.math.BigInteger;
import org.mpyjvm.language.common.GuestError;

/**
 * The format-spec mini-language applied to int, float and str, as py/objstr.c's str.format does it
 * (also used for f-strings). MicroPython's ways, checked against 1.27: ',' and '_' group int digits (by 3, or by 4 for b o x X) but
 * are ignored for floats; a float with a spec but no type prints as 'g'; an int accepts the float types
 * (e f g %) by converting; the '0' flag means fill '0' with '=' for numbers but only fill '0' for str;
 * widths and precisions of str count UTF-8 bytes; 'c' takes the low byte of the int.
 */
public final class SpecFormatter {
    private SpecFormatter() {
    }

    /**
     * format spec applied to an int; {@code typeName} is "int" or "bool" for error messages. The caller
     * handles an empty spec itself, with str(v) (so True prints as "True").
     */
    public static String formatInt(BigInteger value, FormatSpec spec, String typeName) {
        checkSignRules(spec);
        char type = spec.type();
        String digits;
        String prefix = "";
        switch (type) {
            case 0, 'd', 'n' -> digits = group(value.abs().toString(), spec.grouping(), 3);
            case 'b' -> {
                digits = group(value.abs().toString(2), spec.grouping(), 4);
                prefix = spec.alternate() ? "0b" : "";
            }
            case 'o' -> {
                digits = group(value.abs().toString(8), spec.grouping(), 4);
                prefix = spec.alternate() ? "0o" : "";
            }
            case 'x', 'X' -> {
                digits = group(value.abs().toString(16), spec.grouping(), 4);
                if (type == 'X') {
                    digits = digits.toUpperCase();
                }
                prefix = spec.alternate() ? (type == 'x' ? "0x" : "0X") : "";
            }
            case 'c' -> {
                if (value.bitLength() > 63) {
                    throw new GuestError("OverflowError", "overflow converting long int to machine word");
                }
                String ch = Padding.charFromLowByte(value.longValue());
                return Padding.pad("", ch, spec.width(), numberAlign(spec, '<'), numberFill(spec));
            }
            case 'e', 'E', 'f', 'F', 'g', 'G', '%' -> {
                return formatFloat(value.doubleValue(), spec, "float");
            }
            default -> throw unknownCode(type, typeName);
        }
        String sign = value.signum() < 0 ? "-" : signFor(spec.sign());
        return Padding.pad(sign + prefix, digits, spec.width(), numberAlign(spec, '>'), numberFill(spec));
    }

    /** format spec applied to a float; an empty spec gives str(x). */
    public static String formatFloat(double value, FormatSpec spec, String typeName) {
        checkSignRules(spec);
        if (spec.isEmpty()) {
            return FloatFormat.repr(value);
        }
        char type = spec.type();
        String text;
        switch (type) {
            case 0, 'n' -> text = FloatFormat.format(value, 'g', spec.precision(), (char) 0);
            case 'e', 'E', 'f', 'F', 'g', 'G' -> text = FloatFormat.format(value, type, spec.precision(), (char) 0);
            case '%' -> text = FloatFormat.format(value * 100, 'f', spec.precision(), (char) 0) + "%";
            default -> throw unknownCode(type, typeName);
        }
        String sign;
        if (text.startsWith("-")) {
            sign = "-";
            text = text.substring(1);
        } else {
            sign = signFor(spec.sign());
        }
        return Padding.pad(sign, text, spec.width(), numberAlign(spec, '>'), numberFill(spec));
    }

    /** format spec applied to a str (also what objects without their own __format__ go through). */
    public static String formatStr(String value, FormatSpec spec, String typeName) {
        checkSignRules(spec);
        if (spec.type() != 0 && spec.type() != 's') {
            throw unknownCode(spec.type(), typeName);
        }
        if (spec.align() == '=') {
            throw new GuestError("ValueError", "'=' alignment not allowed in string format specifier");
        }
        String body = spec.precision() >= 0 ? Padding.truncateBytes(value, spec.precision()) : value;
        int fill = spec.fill() != 0 ? spec.fill() : spec.zeroPad() ? '0' : ' ';
        char align = spec.align() != 0 ? spec.align() : '<';
        return Padding.pad("", body, spec.width(), align, fill);
    }

    /** Digit grouping: ',' or '_' every {@code size} digits from the right (3 decimal, 4 for b/o/x). */
    static String group(String digits, char separator, int size) {
        if (separator == 0 || digits.length() <= size) {
            return digits;
        }
        StringBuilder sb = new StringBuilder();
        int head = digits.length() % size;
        if (head > 0) {
            sb.append(digits, 0, head);
        }
        for (int i = head; i < digits.length(); i += size) {
            if (sb.length() > 0) {
                sb.append(separator);
            }
            sb.append(digits, i, i + size);
        }
        return sb.toString();
    }

    /** The sign flag is refused for 's' and 'c' whatever the argument's type. */
    static void checkSignRules(FormatSpec spec) {
        if (spec.sign() == '+' || spec.sign() == ' ') {
            if (spec.type() == 's') {
                throw new GuestError("ValueError", "sign not allowed in string format specifier");
            }
            if (spec.type() == 'c') {
                throw new GuestError("ValueError", "sign not allowed with integer format specifier 'c'");
            }
        }
    }

    private static String signFor(char sign) {
        return sign == '+' ? "+" : sign == ' ' ? " " : "";
    }

    private static char numberAlign(FormatSpec spec, char dflt) {
        if (spec.align() != 0) {
            return spec.align();
        }
        return spec.zeroPad() ? '=' : dflt;
    }

    private static int numberFill(FormatSpec spec) {
        if (spec.fill() != 0) {
            return spec.fill();
        }
        return spec.zeroPad() ? '0' : ' ';
    }

    static GuestError unknownCode(char type, String typeName) {
        return new GuestError("ValueError", "unknown format code '" + type + "' for object of type '" + typeName + "'");
    }
}
