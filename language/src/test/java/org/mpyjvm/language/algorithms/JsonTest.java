package org.mpyjvm.language.algorithms;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.mpyjvm.language.common.GuestError;
import org.mpyjvm.language.common.RecordedLines;
import org.mpyjvm.language.text.PyValues;

/**
 * json.dumps (default and compact separators) of 129 random nested values and json.loads of 181 texts
 * (MicroPython's forgiving syntax and its errors), recorded from MicroPython 1.27. Dicts are dumped in
 * the order MicroPython printed them; loaded dicts are compared without regard to order, since ordering
 * them is the interpreter's dict's job.
 */
class JsonTest {
    @Test
    void matchesMicroPython() {
        List<String> failures = RecordedLines.replay(getClass(), "json-wasm.txt", 426, line -> {
            String kind = line.substring(0, line.indexOf(' '));
            int arrow = line.lastIndexOf(" => ");
            Object arg = PyValues.parse(line.substring(kind.length() + 1, arrow));
            String expected = line.substring(arrow + 4);
            String actual;
            try {
                switch (kind) {
                    case "dumps" -> actual = PyValues.repr(Json.dumps(neutral(arg), PyValues::repr));
                    case "dumpsc" -> actual = PyValues.repr(Json.dumps(neutral(arg), ",", ":", PyValues::repr));
                    default -> {
                        actual = sorted(fromNeutral(Json.loads((String) arg)));
                        if (!expected.startsWith("EXC")) {
                            expected = sorted(PyValues.parse(expected));
                        }
                    }
                }
            } catch (GuestError e) {
                actual = "EXC " + e.type() + ": " + e.message();
            }
            return RecordedLines.differs(expected, actual);
        });
        assertEquals(List.of(), failures);
    }

    /** The test literals as the neutral model: None is null, tuples are lists. */
    private static Object neutral(Object v) {
        if (v == PyValues.NONE) {
            return null;
        } else if (v instanceof PyValues.Tuple t) {
            return neutral(t.items());
        } else if (v instanceof List<?> l) {
            List<Object> out = new ArrayList<>();
            l.forEach(x -> out.add(neutral(x)));
            return out;
        } else if (v instanceof Map<?, ?> m) {
            Map<Object, Object> out = new LinkedHashMap<>();
            m.forEach((k, x) -> out.put(neutral(k), neutral(x)));
            return out;
        }
        return v;
    }

    private static Object fromNeutral(Object v) {
        if (v == null) {
            return PyValues.NONE;
        } else if (v instanceof List<?> l) {
            List<Object> out = new ArrayList<>();
            l.forEach(x -> out.add(fromNeutral(x)));
            return out;
        } else if (v instanceof Map<?, ?> m) {
            Map<Object, Object> out = new LinkedHashMap<>();
            m.forEach((k, x) -> out.put(fromNeutral(k), fromNeutral(x)));
            return out;
        }
        return v;
    }

    /** repr with every dict's entries sorted by the repr of their keys. */
    private static String sorted(Object v) {
        if (v instanceof Map<?, ?> m) {
            TreeMap<String, String> entries = new TreeMap<>();
            m.forEach((k, x) -> entries.put(PyValues.repr(k), sorted(x)));
            List<String> parts = new ArrayList<>();
            entries.forEach((k, x) -> parts.add(k + ": " + x));
            return "{" + String.join(", ", parts) + "}";
        } else if (v instanceof List<?> l) {
            List<String> parts = new ArrayList<>();
            l.forEach(x -> parts.add(sorted(x)));
            return "[" + String.join(", ", parts) + "]";
        }
        return PyValues.repr(v);
    }
}
