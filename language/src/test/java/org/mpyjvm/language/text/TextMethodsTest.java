package org.mpyjvm.language.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mpyjvm.language.common.RecordedLines;
import org.mpyjvm.language.common.GuestError;

/**
 * 3570 str and bytes method calls (17 receivers each, every method MicroPython 1.27 has, with edge
 * arguments and wrong types) recorded from the real MicroPython, replayed through {@link StrText},
 * {@link BytesText} and {@link ByteText}. The argument conversions in {@link #call} stand in for the
 * interpreter's builtins layer.
 */
class TextMethodsTest {
    @Test
    void matchesMicroPython() {
        List<String> failures = RecordedLines.replay(getClass(), "text-methods-wasm.txt", 3570, line -> {
            int[] used = new int[1];
            Object receiver = PyValues.parsePrefix(line, used);
            String rest = line.substring(used[0] + 1);
            String method = rest.substring(0, rest.indexOf(' '));
            rest = rest.substring(method.length() + 1);
            PyValues.Tuple args = (PyValues.Tuple) PyValues.parsePrefix(rest, used);
            String expected = rest.substring(used[0] + 1);
            return RecordedLines.differs(expected,
                    RecordedLines.outcome(() -> PyValues.repr(call(receiver, method, args.items()))));
        });
        // the one known difference (StrText's class comment): MicroPython's replace('', x) on non-ASCII
        // text inserts between bytes and prints broken characters; we insert between code points
        List<String> known = failures.stream()
                .filter(f -> f.contains(" replace ('', '-'") && !f.startsWith("b") && f.contains("got '-x-\\u1234")
                        || f.contains("got '-\\xe9-"))
                .toList();
        assertEquals(3, known.size(), failures.toString());
        failures.removeAll(known);
        assertEquals(List.of(), failures);
    }

    private static Object call(Object self, String method, List<Object> a) {
        boolean isStr = self instanceof String;
        boolean ranged = method.contains("find") || method.contains("index") || method.equals("count")
                || method.endsWith("with");
        Long start = ranged && a.size() > 1 ? index(a.get(1)) : null;
        Long end = ranged && a.size() > 2 ? index(a.get(2)) : null;
        switch (method) {
            case "find", "rfind", "index", "rindex" -> {
                boolean right = method.startsWith("r");
                boolean raise = method.endsWith("index");
                if (isStr) {
                    String s = (String) self;
                    String sub = text(self, a.get(0));
                    return right ? (raise ? StrText.rindex(s, sub, start, end) : StrText.rfind(s, sub, start, end))
                            : (raise ? StrText.index(s, sub, start, end) : StrText.find(s, sub, start, end));
                }
                return BytesText.find((byte[]) self, (byte[]) text(self, a.get(0)), start, end, right, raise);
            }
            case "count" -> {
                return isStr ? StrText.count((String) self, text(self, a.get(0)), start, end)
                        : BytesText.count((byte[]) self, text(self, a.get(0)), start, end);
            }
            case "split", "rsplit" -> {
                Object sep = a.isEmpty() || a.get(0) == PyValues.NONE ? null : text(self, a.get(0));
                long max = a.size() > 1 ? integer(a.get(1)) : -1;
                if (isStr) {
                    return method.equals("split") ? StrText.split((String) self, (String) sep, max)
                            : StrText.rsplit((String) self, (String) sep, max);
                }
                return method.equals("split") ? ByteText.split((byte[]) self, (byte[]) sep, max)
                        : ByteText.rsplit((byte[]) self, (byte[]) sep, max);
            }
            case "splitlines" -> {
                boolean keep = !a.isEmpty() && (Boolean) a.get(0);
                return isStr ? StrText.splitlines((String) self, keep) : ByteText.splitlines((byte[]) self, keep);
            }
            case "strip", "lstrip", "rstrip" -> {
                Object chars = a.isEmpty() ? null : text(self, a.get(0));
                boolean left = !method.equals("rstrip");
                boolean right = !method.equals("lstrip");
                return isStr ? StrText.strip((String) self, (String) chars, left, right)
                        : ByteText.strip((byte[]) self, (byte[]) chars, left, right);
            }
            case "replace" -> {
                Object old = text(self, a.get(0));
                Object rep = text(self, a.get(1));
                long count = a.size() > 2 ? integer(a.get(2)) : -1;
                return isStr ? StrText.replace((String) self, (String) old, (String) rep, count)
                        : ByteText.replace((byte[]) self, (byte[]) old, (byte[]) rep, count, null);
            }
            case "startswith", "endswith" -> {
                List<Object> candidates = a.get(0) instanceof PyValues.Tuple t ? t.items() : List.of(a.get(0));
                for (Object c : candidates) {
                    Object p = text(self, c);
                    boolean hit;
                    if (isStr) {
                        hit = method.equals("startswith") ? StrText.startswith((String) self, (String) p, start, end)
                                : StrText.endswith((String) self, (String) p, start, end);
                    } else {
                        hit = method.equals("startswith") ? BytesText.startswith((byte[]) self, (byte[]) p, start, end)
                                : BytesText.endswith((byte[]) self, (byte[]) p, start, end);
                    }
                    if (hit) {
                        return true;
                    }
                }
                return false;
            }
            case "partition", "rpartition" -> {
                boolean right = method.equals("rpartition");
                if (isStr) {
                    return new PyValues.Tuple(new ArrayList<>(StrText.partition((String) self, text(self, a.get(0)), right)));
                }
                return new PyValues.Tuple(new ArrayList<>(List.of((Object[]) ByteText.partition((byte[]) self,
                        text(self, a.get(0)), right))));
            }
            case "center" -> {
                if (a.size() > 1) {
                    throw new GuestError("TypeError", "function takes 2 positional arguments but 3 were given");
                }
                long width = integer(a.get(0));
                return isStr ? StrText.center((String) self, width) : ByteText.center((byte[]) self, width);
            }
            case "upper" -> {
                return isStr ? StrText.upper((String) self) : ByteText.upper((byte[]) self);
            }
            case "lower" -> {
                return isStr ? StrText.lower((String) self) : ByteText.lower((byte[]) self);
            }
            case "isdigit" -> {
                return isStr ? StrText.isdigit((String) self) : ByteText.isDigit((byte[]) self);
            }
            case "isalpha" -> {
                return isStr ? StrText.isalpha((String) self) : ByteText.isAlpha((byte[]) self);
            }
            case "isspace" -> {
                return isStr ? StrText.isspace((String) self) : ByteText.isSpace((byte[]) self);
            }
            case "isupper" -> {
                return isStr ? StrText.isupper((String) self) : ByteText.isUpper((byte[]) self);
            }
            case "islower" -> {
                return isStr ? StrText.islower((String) self) : ByteText.isLower((byte[]) self);
            }
            case "join" -> {
                return join(self, a.get(0));
            }
            default -> throw new IllegalArgumentException(method);
        }
    }

    /** join's argument iterated as the interpreter would; items must have the separator's type. */
    private static Object join(Object sep, Object iterable) {
        List<Object> items = new ArrayList<>();
        if (iterable instanceof PyValues.Tuple t) {
            items.addAll(t.items());
        } else if (iterable instanceof List<?> l) {
            items.addAll(l);
        } else if (iterable instanceof String s) {
            s.codePoints().forEach(cp -> items.add(new String(Character.toChars(cp))));
        } else if (iterable instanceof byte[] b) {
            for (byte x : b) {
                items.add((long) (x & 0xFF));
            }
        } else {
            throw new GuestError("TypeError", "'" + PyValues.typeName(iterable) + "' object isn't iterable");
        }
        if (sep instanceof String s) {
            List<String> strs = new ArrayList<>();
            for (Object o : items) {
                if (!(o instanceof String x)) {
                    throw TextErrors.joinMismatch();
                }
                strs.add(x);
            }
            return StrText.join(s, strs);
        }
        List<byte[]> parts = new ArrayList<>();
        for (Object o : items) {
            if (!(o instanceof byte[] x)) {
                throw TextErrors.joinMismatch();
            }
            parts.add(x);
        }
        return ByteText.join((byte[]) sep, parts);
    }

    @SuppressWarnings("unchecked")
    private static <T> T text(Object self, Object arg) {
        if (self instanceof String ? arg instanceof String : arg instanceof byte[]) {
            return (T) arg;
        }
        throw TextErrors.implicitConversion(PyValues.typeName(arg), self instanceof byte[] && arg instanceof String);
    }

    private static Long index(Object v) {
        return v == PyValues.NONE ? null : integer(v);
    }

    private static long integer(Object v) {
        if (v instanceof Long l) {
            return l;
        } else if (v instanceof Boolean b) {
            return b ? 1 : 0;
        }
        throw new GuestError("TypeError", "can't convert " + PyValues.typeName(v) + " to int");
    }
}
