package org.mpyjvm.language.text;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the Python literals MicroPython prints (str, bytes, int, float, None, bools, tuples, lists, dicts)
 * into Java values — String, byte[], Long/BigInteger, Double, {@link #NONE}, Boolean, {@link Tuple}, List,
 * LinkedHashMap in printed order — and prints them back.
 */
public final class PyValues {
    public static final Object NONE = new Object();

    public record Tuple(List<Object> items) {
    }

    private final String text;
    private int pos;

    private PyValues(String text) {
        this.text = text;
    }

    /** Parses one literal starting at {@code from}; returns it and sets {@link #end}. */
    public static Object parse(String text) {
        PyValues p = new PyValues(text);
        return p.value();
    }

    /** Parses a literal at the start of {@code text}; {@code consumed[0]} receives its length. */
    public static Object parsePrefix(String text, int[] consumed) {
        PyValues p = new PyValues(text);
        Object v = p.value();
        consumed[0] = p.pos;
        return v;
    }

    private Object value() {
        char c = text.charAt(pos);
        if (c == '\'' || c == '"') {
            return new String(quoted(false), java.nio.charset.StandardCharsets.UTF_8);
        } else if (c == 'b' && (text.charAt(pos + 1) == '\'' || text.charAt(pos + 1) == '"')) {
            pos++;
            return quoted(true);
        } else if (c == '{') {
            pos++;
            java.util.Map<Object, Object> map = new java.util.LinkedHashMap<>();
            while (text.charAt(pos) != '}') {
                Object k = value();
                pos += 2; // ": "
                map.put(k, value());
                if (text.charAt(pos) == ',') {
                    pos++;
                }
                while (text.charAt(pos) == ' ') {
                    pos++;
                }
            }
            pos++;
            return map;
        } else if (c == '(' || c == '[') {
            char close = c == '(' ? ')' : ']';
            pos++;
            List<Object> items = new ArrayList<>();
            while (text.charAt(pos) != close) {
                items.add(value());
                if (text.charAt(pos) == ',') {
                    pos++;
                }
                while (text.charAt(pos) == ' ') {
                    pos++;
                }
            }
            pos++;
            return c == '(' ? new Tuple(items) : items;
        } else if (text.startsWith("None", pos)) {
            pos += 4;
            return NONE;
        } else if (text.startsWith("True", pos)) {
            pos += 4;
            return Boolean.TRUE;
        } else if (text.startsWith("False", pos)) {
            pos += 5;
            return Boolean.FALSE;
        }
        int start = pos;
        while (pos < text.length() && ",)]}: ".indexOf(text.charAt(pos)) < 0) {
            pos++;
        }
        String token = text.substring(start, pos);
        switch (token) {
            case "inf":
                return Double.POSITIVE_INFINITY;
            case "-inf":
                return Double.NEGATIVE_INFINITY;
            case "nan":
                return Double.NaN;
            default:
                if (token.contains(".") || token.contains("e")) {
                    return Double.parseDouble(token);
                }
                java.math.BigInteger big = new java.math.BigInteger(token);
                return big.bitLength() < 64 ? (Object) big.longValue() : big;
        }
    }

    /** A quoted body as UTF-8 bytes (str escapes above 0x7f become their UTF-8 encoding). */
    private byte[] quoted(boolean bytes) {
        char q = text.charAt(pos++);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        while (text.charAt(pos) != q) {
            char c = text.charAt(pos++);
            if (c != '\\') {
                out.writeBytes(String.valueOf(c).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                continue;
            }
            char e = text.charAt(pos++);
            int cp;
            switch (e) {
                case 'x' -> cp = hex(2);
                case 'u' -> cp = hex(4);
                case 'U' -> cp = hex(8);
                case 'n' -> cp = '\n';
                case 'r' -> cp = '\r';
                case 't' -> cp = '\t';
                default -> cp = e;
            }
            if (bytes) {
                out.write(cp);
            } else {
                out.writeBytes(new String(Character.toChars(cp)).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        pos++;
        return out.toByteArray();
    }

    private int hex(int digits) {
        int v = Integer.parseInt(text.substring(pos, pos + digits), 16);
        pos += digits;
        return v;
    }

    public static String repr(Object v) {
        if (v instanceof String s) {
            return Repr.str(s);
        } else if (v instanceof byte[] b) {
            return Repr.bytes(b);
        } else if (v == NONE) {
            return "None";
        } else if (v instanceof Boolean b) {
            return b ? "True" : "False";
        } else if (v instanceof Tuple t) {
            List<String> parts = new ArrayList<>();
            t.items().forEach(x -> parts.add(repr(x)));
            return "(" + String.join(", ", parts) + (parts.size() == 1 ? ",)" : ")");
        } else if (v instanceof List<?> l) {
            List<String> parts = new ArrayList<>();
            l.forEach(x -> parts.add(repr(x)));
            return "[" + String.join(", ", parts) + "]";
        } else if (v instanceof Double d) {
            return org.mpyjvm.language.format.FloatFormat.repr(d);
        } else if (v instanceof java.util.Map<?, ?> m) {
            List<String> parts = new ArrayList<>();
            m.forEach((k, x) -> parts.add(repr(k) + ": " + repr(x)));
            return "{" + String.join(", ", parts) + "}";
        }
        return v.toString();
    }

    public static String typeName(Object v) {
        if (v instanceof String) {
            return "str";
        } else if (v instanceof byte[]) {
            return "bytes";
        } else if (v == NONE) {
            return "NoneType";
        } else if (v instanceof Boolean) {
            return "bool";
        } else if (v instanceof Tuple) {
            return "tuple";
        } else if (v instanceof Double) {
            return "float";
        } else if (v instanceof java.util.Map) {
            return "dict";
        } else if (v instanceof List) {
            return "list";
        }
        return "int";
    }
}
