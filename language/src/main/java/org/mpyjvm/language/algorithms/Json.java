package org.mpyjvm.language.algorithms;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.mpyjvm.language.common.GuestError;
import org.mpyjvm.language.format.FloatFormat;
import org.mpyjvm.language.format.IntText;
import org.mpyjvm.language.hashing.MpMap;

/**
 * The {@code json} module of MicroPython 1.27 (extmod/modjson.c) over a neutral value model: null
 * (None), Boolean, Long/BigInteger (int), Double (float), String (str), byte[] (bytes, dumped like a str),
 * List (list or tuple), Map or {@link MpMap} (dict, dumped in its iteration order — MicroPython's dict
 * order when the interpreter passes its MpMap). json.dump/json.load are these plus the stream.
 *
 * <p>dumps: separators default to {@code (", ", ": ")} and there is no indent/sort_keys (the caller
 * reports "extra keyword arguments given"); floats print as repr, so inf and nan come out bare; a key
 * that is not a str is dumped and wrapped in quotes ({@code {1: 2}} gives {@code {"1": 2}}); in strings
 * only '"', '\\' and bytes below 0x20 are escaped (\n \r \t, else \\u00XX), everything else is raw;
 * any other object prints through {@code fallback} (its repr, e.g. {@code set()}).
 *
 * <p>loads is MicroPython's forgiving one-pass reader: ',' ':' and spaces between values are all
 * skipped, so {@code [1 2]}, {@code [1,]}, {@code {"a" 1}} and {@code {1: 2}} parse, and a dangling key
 * is dropped ({@code {"a":}} is {}); an unknown escape yields the character itself, {@code \\uXXXX} is
 * one code point (surrogates stay unpaired); numbers start with '-' or a digit, are ints unless they
 * contain '.', 'e' or 'E', and malformed ones raise the int/float parsers' own errors ({@code -} is
 * "invalid syntax for integer with base 10: ''"); everything else is ValueError "syntax error in JSON".
 * Float text goes through Java's correctly rounded parser (MicroPython's own may differ in the last bit).
 */
public final class Json {
    private Json() {
    }

    /** json.dumps(obj, separators=(itemSep, keySep)). */
    public static String dumps(Object value, String itemSep, String keySep, Function<Object, String> fallback) {
        StringBuilder out = new StringBuilder();
        write(out, value, itemSep, keySep, fallback);
        return out.toString();
    }

    /** json.dumps(obj) with MicroPython's default separators. */
    public static String dumps(Object value, Function<Object, String> fallback) {
        return dumps(value, ", ", ": ", fallback);
    }

    private static void write(StringBuilder out, Object v, String itemSep, String keySep, Function<Object, String> fallback) {
        if (v == null) {
            out.append("null");
        } else if (v instanceof Boolean b) {
            out.append(b ? "true" : "false");
        } else if (v instanceof Long || v instanceof Integer || v instanceof BigInteger) {
            out.append(v);
        } else if (v instanceof Double d) {
            out.append(FloatFormat.repr(d));
        } else if (v instanceof String s) {
            writeString(out, s);
        } else if (v instanceof byte[] b) {
            writeString(out, new String(b, StandardCharsets.UTF_8));
        } else if (v instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    out.append(itemSep);
                }
                write(out, list.get(i), itemSep, keySep, fallback);
            }
            out.append(']');
        } else if (v instanceof Map<?, ?> || v instanceof MpMap) {
            List<Map.Entry<?, ?>> entries = new ArrayList<>();
            if (v instanceof MpMap m) {
                entries.addAll(m.entries());
            } else {
                entries.addAll(((Map<?, ?>) v).entrySet());
            }
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : entries) {
                if (!first) {
                    out.append(itemSep);
                }
                first = false;
                if (e.getKey() instanceof String k) {
                    writeString(out, k);
                } else {
                    out.append('"');
                    write(out, e.getKey(), itemSep, keySep, fallback);
                    out.append('"');
                }
                out.append(keySep);
                write(out, e.getValue(), itemSep, keySep, fallback);
            }
            out.append('}');
        } else {
            out.append(fallback.apply(v));
        }
    }

    private static void writeString(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c >= 0x20) {
                out.append(c);
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c == '\t') {
                out.append("\\t");
            } else {
                out.append(String.format("\\u%04x", (int) c));
            }
        }
        out.append('"');
    }

    /** json.loads(text) for a str (or bytes decoded by the caller). Dicts are LinkedHashMaps in input order. */
    public static Object loads(String text) {
        return new Reader(text).read();
    }

    /** The one-pass reader: a stack of open containers, with a pending key for dicts. */
    private static final class Reader {
        private final String s;
        private int pos;

        Reader(String s) {
            this.s = s;
        }

        Object read() {
            List<Object> stack = new ArrayList<>();
            Object top = null;
            boolean haveTop = false;
            Object key = null;
            boolean haveKey = false;
            while (pos < s.length()) {
                char c = s.charAt(pos++);
                Object next;
                boolean enter = false;
                switch (c) {
                    case ',', ':', ' ', '\t', '\n', '\r':
                        continue;
                    case 'n':
                        next = word("ull", null);
                        break;
                    case 't':
                        next = word("rue", Boolean.TRUE);
                        break;
                    case 'f':
                        next = word("alse", Boolean.FALSE);
                        break;
                    case '"':
                        next = string();
                        break;
                    case '[':
                        next = new ArrayList<>();
                        enter = true;
                        break;
                    case '{':
                        next = new LinkedHashMap<>();
                        enter = true;
                        break;
                    case ']', '}':
                        if (!haveTop) {
                            throw syntaxError();
                        }
                        if (stack.isEmpty()) {
                            return finish(top);
                        }
                        top = stack.remove(stack.size() - 1);
                        // a key still waiting for its value is dropped with its dict
                        haveKey = false;
                        continue;
                    default:
                        if (c == '-' || (c >= '0' && c <= '9')) {
                            next = number(c);
                            break;
                        }
                        throw syntaxError();
                }
                if (!haveTop) {
                    top = next;
                    haveTop = true;
                    if (!enter) {
                        return finish(top);
                    }
                    continue;
                }
                if (top instanceof List<?>) {
                    @SuppressWarnings("unchecked")
                    List<Object> list = (List<Object>) top;
                    list.add(next);
                } else if (!haveKey) {
                    if (enter) {
                        throw syntaxError();
                    }
                    key = next;
                    haveKey = true;
                } else {
                    @SuppressWarnings("unchecked")
                    Map<Object, Object> map = (Map<Object, Object>) top;
                    map.put(key, next);
                    haveKey = false;
                }
                if (enter) {
                    stack.add(top);
                    top = next;
                }
            }
            throw syntaxError();
        }

        private Object finish(Object value) {
            while (pos < s.length() && isSpace(s.charAt(pos))) {
                pos++;
            }
            if (pos != s.length()) {
                throw syntaxError();
            }
            return value;
        }

        private static boolean isSpace(char c) {
            return c == ' ' || (c >= 9 && c <= 13);
        }

        private Object word(String rest, Object value) {
            if (!s.startsWith(rest, pos)) {
                throw syntaxError();
            }
            pos += rest.length();
            return value;
        }

        private String string() {
            StringBuilder out = new StringBuilder();
            while (pos < s.length() && s.charAt(pos) != '"') {
                char c = s.charAt(pos);
                if (c == '\\') {
                    pos++;
                    c = pos < s.length() ? s.charAt(pos) : 0;
                    switch (c) {
                        case 'b' -> c = 0x08;
                        case 'f' -> c = 0x0c;
                        case 'n' -> c = '\n';
                        case 'r' -> c = '\r';
                        case 't' -> c = '\t';
                        case 'u' -> {
                            if (pos + 4 >= s.length()) {
                                throw syntaxError();
                            }
                            int cp = 0;
                            for (int k = 1; k <= 4; k++) {
                                // MicroPython folds any character into a "digit" byte without checking it is
                                // hex, and ORs it in unmasked: "\\u004G" is 'P'
                                int d = ((s.charAt(pos + k) | 0x20) - '0') & 0xFF;
                                if (d > 9) {
                                    d = (d - ('a' - ('9' + 1))) & 0xFF;
                                }
                                cp = (cp << 4) | d;
                            }
                            pos += 5;
                            out.appendCodePoint(Math.min(cp, Character.MAX_CODE_POINT));
                            continue;
                        }
                        default -> {
                        }
                    }
                }
                out.append(c);
                pos++;
            }
            if (pos >= s.length()) {
                throw syntaxError();
            }
            pos++;
            return out.toString();
        }

        private Object number(char first) {
            int start = pos - 1;
            boolean isFloat = false;
            while (pos < s.length()) {
                char c = s.charAt(pos);
                if (c == '.' || c == 'e' || c == 'E') {
                    isFloat = true;
                } else if (!(c == '+' || c == '-' || (c >= '0' && c <= '9'))) {
                    break;
                }
                pos++;
            }
            String token = s.substring(start, pos);
            if (!isFloat) {
                BigInteger v = IntText.parse(token, 10);
                return v.bitLength() < 64 ? (Object) v.longValue() : v;
            }
            try {
                return Double.parseDouble(token);
            } catch (NumberFormatException e) {
                throw new GuestError("ValueError", "invalid syntax for number");
            }
        }

        private static GuestError syntaxError() {
            return new GuestError("ValueError", "syntax error in JSON");
        }
    }
}
