package org.mpyjvm.language.format;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.mpyjvm.language.common.GuestError;

/**
 * {@code str.format(*args, **kwargs)} as py/objstr.c's mp_format_inner runs it; f-strings reach it too,
 * because MicroPython's compiler turns {@code f"a{x:>{w}}"} into {@code "a{:>{}}".format(x, w)}.
 *
 * <p>A replacement field is {@code {[name][!r|!s][:spec]}}. MicroPython 1.27 differs from CPython:
 * a field name is only a number or a keyword — anything after the number or name ({@code .attr},
 * {@code [key]}, even a space) raises NotImplementedError "attributes not supported", and a name that is
 * neither ({@code {[0]}}, {@code { 0}}, {@code {-1}}) is looked up as a keyword, so it is a KeyError;
 * there is no {@code !a} and no {@code __format__}: an int (or bool) with a spec goes through the int
 * formatter, a float through the float formatter, and anything else must be a str (after {@code !r} or
 * {@code !s} it is one) or it is "can't convert 'T' object to str implicitly". A field without spec and
 * conversion is str(arg). Nested {@code {}} inside a spec are expanded first, with the same automatic
 * numbering, and a spec is parsed as bytes, so a non-ASCII fill is an "invalid format specifier".
 */
public final class StrFormat {
    private StrFormat() {
    }

    /** Formats {@code fmt} with the call's positional and keyword arguments. */
    public static String format(String fmt, List<?> positional, Map<String, ?> keywords, FormatOperands ops) {
        return new Run(positional, keywords, ops).expand(fmt);
    }

    /** One format call: the automatic-numbering state is shared by nested specs. */
    private static final class Run {
        private final List<?> positional;
        private final Map<String, ?> keywords;
        private final FormatOperands ops;
        /** Next automatic index, or -1 once a field was numbered by hand. */
        private int autoIndex;

        Run(List<?> positional, Map<String, ?> keywords, FormatOperands ops) {
            this.positional = positional;
            this.keywords = keywords;
            this.ops = ops;
        }

        String expand(String fmt) {
            StringBuilder out = new StringBuilder();
            int n = fmt.length();
            int i = 0;
            while (i < n) {
                char c = fmt.charAt(i++);
                if (c == '}') {
                    if (i < n && fmt.charAt(i) == '}') {
                        out.append('}');
                        i++;
                        continue;
                    }
                    throw valueError("single '}' encountered in format string");
                }
                if (c != '{') {
                    out.append(c);
                    continue;
                }
                if (i < n && fmt.charAt(i) == '{') {
                    out.append('{');
                    i++;
                    continue;
                }
                i = field(fmt, i, out);
            }
            return out.toString();
        }

        /** Formats the field whose text starts at {@code i} (just after '{'); returns the index after '}'. */
        private int field(String fmt, int i, StringBuilder out) {
            int n = fmt.length();
            String name = null;
            if (i < n && !isFieldEnd(fmt.charAt(i))) {
                int start = i;
                while (i < n && !isFieldEnd(fmt.charAt(i))) {
                    i++;
                }
                name = fmt.substring(start, i);
            }
            char conversion = 0;
            if (i < n && fmt.charAt(i) == '!') {
                i++;
                if (i >= n) {
                    throw valueError("end of format while looking for conversion specifier");
                }
                char conv = fmt.charAt(i);
                if (conv != 'r' && conv != 's') {
                    throw valueError("unknown conversion specifier " + conv);
                }
                conversion = conv;
                i++;
            }
            String spec = null;
            if (i < n && fmt.charAt(i) == ':') {
                i++;
                if (i < n && fmt.charAt(i) != '}') {
                    int start = i;
                    for (int nest = 1; i < n; i++) {
                        char s = fmt.charAt(i);
                        if (s == '{') {
                            nest++;
                        } else if (s == '}' && --nest == 0) {
                            break;
                        }
                    }
                    spec = fmt.substring(start, i);
                }
            }
            if (i >= n) {
                throw valueError("unmatched '{' in format");
            }
            if (fmt.charAt(i) != '}') {
                throw valueError("expected ':' after format specifier");
            }
            Object arg = lookUp(name);
            if (spec == null && conversion == 0) {
                conversion = 's';
            }
            if (conversion != 0) {
                arg = conversion == 's' ? ops.str(arg) : ops.repr(arg);
            }
            if (spec == null) {
                out.append(conversion != 0 ? (String) arg : ops.str(arg));
            } else {
                out.append(formatWithSpec(arg, FormatSpec.parse(expand(spec))));
            }
            return i + 1;
        }

        private static boolean isFieldEnd(char c) {
            return c == '}' || c == '!' || c == ':';
        }

        private Object lookUp(String name) {
            if (name == null) {
                if (autoIndex < 0) {
                    throw valueError("can't switch from manual field specification to automatic field numbering");
                }
                if (autoIndex >= positional.size()) {
                    throw indexOutOfRange();
                }
                return positional.get(autoIndex++);
            }
            if (isDigit(name.charAt(0))) {
                if (autoIndex > 0) {
                    throw valueError("can't switch from automatic field numbering to manual field specification");
                }
                int end = 0;
                long index = 0;
                while (end < name.length() && isDigit(name.charAt(end))) {
                    index = Math.min(index * 10 + (name.charAt(end) - '0'), Integer.MAX_VALUE);
                    end++;
                }
                if (index >= positional.size()) {
                    throw indexOutOfRange();
                }
                autoIndex = -1;
                if (end < name.length()) {
                    throw attributesNotSupported();
                }
                return positional.get((int) index);
            }
            int end = 0;
            while (end < name.length() && name.charAt(end) != '.' && name.charAt(end) != '[') {
                end++;
            }
            String key = name.substring(0, end);
            if (keywords == null || !keywords.containsKey(key)) {
                throw new GuestError("KeyError", key);
            }
            if (end < name.length()) {
                throw attributesNotSupported();
            }
            return keywords.get(key);
        }

        private String formatWithSpec(Object arg, FormatSpec spec) {
            SpecFormatter.checkSignRules(spec);
            BigInteger integer = ops.asInteger(arg);
            if (integer != null) {
                return SpecFormatter.formatInt(integer, spec, ops.typeName(arg));
            }
            Double real = ops.asFloat(arg);
            if (real != null) {
                // a spec that expanded to nothing still formats like 'g', unlike str(x)
                FormatSpec asG = spec.isEmpty() ? new FormatSpec(0, (char) 0, (char) 0, false, false, -1, (char) 0,
                        -1, 'g') : spec;
                return SpecFormatter.formatFloat(real, asG, ops.typeName(arg));
            }
            if (spec.align() == '=') {
                throw valueError("'=' alignment not allowed in string format specifier");
            }
            if (spec.type() != 0 && spec.type() != 's') {
                throw SpecFormatter.unknownCode(spec.type(), ops.typeName(arg));
            }
            String text = ops.asString(arg);
            if (text == null) {
                throw new GuestError("TypeError",
                        "can't convert '" + ops.typeName(arg) + "' object to str implicitly");
            }
            return SpecFormatter.formatStr(text, spec, "str");
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static GuestError valueError(String message) {
        return new GuestError("ValueError", message);
    }

    private static GuestError indexOutOfRange() {
        return new GuestError("IndexError", "tuple index out of range");
    }

    private static GuestError attributesNotSupported() {
        return new GuestError("NotImplementedError", "attributes not supported");
    }
}
