package org.mpyjvm.language.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mpyjvm.language.common.GuestError;

/** {@code fmt % args} results and errors printed by MicroPython 1.27, replayed over plain Java values. */
class PercentFormatTest {
    /** Python values as Java: Long/BigInteger, Double, String, Boolean, List (tuple), Map (dict). */
    /** Python's None in the test model. */
    static final Object NONE = new Object() {
        @Override
        public String toString() {
            return "None";
        }
    };

    static final class Operands implements PercentOperands {
        @Override
        public String str(Object v) {
            return v instanceof String s ? s : repr(v);
        }

        @Override
        public String repr(Object v) {
            if (v instanceof String s) {
                return org.mpyjvm.language.text.Repr.str(s);
            } else if (v instanceof Double d) {
                return FloatFormat.repr(d);
            } else if (v instanceof Boolean b) {
                return b ? "True" : "False";
            } else if (v instanceof List<?> l) {
                List<String> parts = new ArrayList<>();
                l.forEach(x -> parts.add(repr(x)));
                return "(" + String.join(", ", parts) + (l.size() == 1 ? ",)" : ")");
            } else if (v instanceof Object[] a) {
                List<String> parts = new ArrayList<>();
                for (Object x : a) {
                    parts.add(repr(x));
                }
                return "[" + String.join(", ", parts) + "]";
            } else if (v instanceof Map<?, ?> m) {
                List<String> parts = new ArrayList<>();
                m.forEach((k, x) -> parts.add(repr(k) + ": " + repr(x)));
                return "{" + String.join(", ", parts) + "}";
            }
            return v.toString();
        }

        @Override
        public BigInteger asInteger(Object v) {
            if (v instanceof Boolean b) {
                return b ? BigInteger.ONE : BigInteger.ZERO;
            }
            return v instanceof BigInteger i ? i : null;
        }

        @Override
        public Double asFloat(Object v) {
            return v instanceof Double d ? d : null;
        }

        @Override
        public String asString(Object v) {
            return v instanceof String s ? s : null;
        }

        @Override
        public Object getItem(Object mapping, String key) {
            Object v = ((Map<?, ?>) mapping).get(key);
            if (v == null) {
                throw new GuestError("KeyError", key);
            }
            return v;
        }

        @Override
        public String typeName(Object v) {
            if (v instanceof String) {
                return "str";
            } else if (v instanceof Boolean) {
                return "bool";
            } else if (v == NONE) {
                return "NoneType";
            } else if (v instanceof Object[]) {
                return "list";
            } else if (v instanceof Double) {
                return "float";
            } else if (v instanceof List) {
                return "tuple";
            } else if (v instanceof Map) {
                return "dict";
            }
            return "int";
        }
    }

    /** Parses the few Python literals the generator used. */
    static Object parse(String s) {
        s = s.trim();
        if (s.startsWith("'") || s.startsWith("\"")) {
            return PyLiteral.unquote(s);
        } else if (s.startsWith("(") || s.startsWith("[")) {
            List<Object> items = new ArrayList<>();
            for (String part : splitTop(s.substring(1, s.length() - 1))) {
                items.add(parse(part));
            }
            return s.startsWith("(") ? items : items.toArray();
        } else if (s.startsWith("{")) {
            Map<Object, Object> m = new LinkedHashMap<>();
            for (String part : splitTop(s.substring(1, s.length() - 1))) {
                int colon = part.indexOf(':');
                m.put(parse(part.substring(0, colon)), parse(part.substring(colon + 1)));
            }
            return m;
        } else if (s.equals("None")) {
            return NONE;
        } else if (s.equals("True") || s.equals("False")) {
            return s.equals("True");
        } else if (s.contains(".") || s.contains("e")) {
            return Double.parseDouble(s);
        }
        return new BigInteger(s);
    }

    private static List<String> splitTop(String s) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
            } else if (c == ',' && depth == 0) {
                out.add(s.substring(start, i));
                start = i + 1;
            }
        }
        if (!s.substring(start).isBlank()) {
            out.add(s.substring(start));
        }
        return out;
    }

    @Test
    @SuppressWarnings("unchecked")
    void matchesMicroPython() throws IOException {
        List<String> failures = new ArrayList<>();
        int n = 0;
        Operands ops = new Operands();
        try (var in = getClass().getResourceAsStream("percent-wasm.txt");
             var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = reader.readLine()) != null; n++) {
                List<String> f = PyLiteral.fields(line);
                String fmt = PyLiteral.unquote(f.get(0));
                String rest = line.substring(f.get(0).length() + 1 + f.get(1).length() + 1);
                String expected = rest.startsWith("EXC ") ? rest : PyLiteral.unquote(rest);
                Object arg = parse(f.get(1));
                List<Object> positional = arg instanceof List ? (List<Object>) arg : List.of(arg);
                Object mapping = arg instanceof Map ? arg : null;
                String actual;
                try {
                    actual = PercentFormat.format(fmt, positional, mapping, ops);
                } catch (GuestError e) {
                    actual = "EXC " + e.type() + ": " + e.message();
                }
                if (!expected.equals(actual)) {
                    failures.add(line + " => got " + actual);
                }
            }
        }
        assertEquals(235, n);
        assertEquals(List.of(), failures);
    }
}
