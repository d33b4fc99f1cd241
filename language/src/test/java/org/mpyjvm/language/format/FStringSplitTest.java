package org.mpyjvm.language.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mpyjvm.language.common.GuestError;
import org.mpyjvm.language.common.RecordedLines;

/**
 * 73 f-strings evaluated by MicroPython 1.27 (with x=3.14159, w=10, p=2, s='hi', d={'k': 5}), replayed
 * through {@link FStringSplit} and {@link StrFormat}. Arguments are looked up in a small table of the
 * expressions the cases use; the cases whose expressions need a real compiler are counted apart: for a
 * compile-time SyntaxError the split must hand over the same broken expression MicroPython compiled.
 */
class FStringSplitTest {
    private static final Map<String, Object> VALUES = new LinkedHashMap<>();

    static {
        VALUES.put("x", 3.14159);
        VALUES.put("w", BigInteger.TEN);
        VALUES.put("p", BigInteger.TWO);
        VALUES.put("s", "hi");
        VALUES.put("d[\"k\"]", BigInteger.valueOf(5));
        VALUES.put("\"<\"", "<");
        VALUES.put("\"f\"", "f");
        VALUES.put("1+1", BigInteger.TWO);
        VALUES.put("2*3", BigInteger.valueOf(6));
        VALUES.put("[1,2][0]", BigInteger.ONE);
        VALUES.put("\"a\" if x else \"b\"", "a");
        VALUES.put("s[0:1]", "h");
        VALUES.put("\"ab\"[0:1]", "a");
        VALUES.put("x==1", false);
        VALUES.put("x!=1", true);
        VALUES.put("x>=1", true);
        VALUES.put(" {\"a\":1}", Map.of("a", BigInteger.ONE));
        VALUES.put(" {1: 2}[1] ", BigInteger.TWO);
        VALUES.put("d", Map.of("k", BigInteger.valueOf(5)));
        VALUES.put(" x ", 3.14159);
        VALUES.put("(1,2)", List.of(BigInteger.ONE, BigInteger.TWO));
        VALUES.put("3", BigInteger.valueOf(3));
    }

    /** Expressions that do not compile in MicroPython (its SyntaxError comes from the compiler). */
    private static final List<String> UNCOMPILABLE = List.of("(lambda", "s = ", "x = ", "a b", "\"");

    @Test
    void matchesMicroPython() {
        int[] evaluated = {0};
        int[] compileErrors = {0};
        PercentFormatTest.Operands ops = new PercentFormatTest.Operands();
        List<String> failures = RecordedLines.replay(getClass(), "fstring-wasm.txt", 73, line -> {
            int arrow = line.indexOf(" => ");
            String src = line.substring(0, arrow);
            String expected = line.substring(arrow + 4);
            FStringSplit.Parts parts;
            try {
                parts = FStringSplit.split(src.substring(2, src.length() - 1));
            } catch (GuestError e) {
                evaluated[0]++;
                return RecordedLines.differs(expected, "EXC " + e.type() + ": " + e.message());
            }
            List<Object> args = new ArrayList<>();
            for (String a : parts.arguments()) {
                if (a.isBlank()) {
                    args.add(List.of());
                } else if (VALUES.containsKey(a)) {
                    args.add(VALUES.get(a));
                } else if (expected.equals("EXC SyntaxError: invalid syntax") && UNCOMPILABLE.contains(a)) {
                    compileErrors[0]++;
                    return null;
                } else if (a.equals("s,") || a.startsWith("f\"")) {
                    // a tuple expression, and MicroPython's broken nested f-string: they need a compiler
                    return null;
                } else {
                    throw new AssertionError(line + ": no value for " + a);
                }
            }
            evaluated[0]++;
            String format = parts.format().replace("\\n", "\n").replace("\\t", "\t");
            return RecordedLines.differs(expected, RecordedLines.outcome(
                    () -> ops.repr(StrFormat.format(format, args, Map.of(), ops))));
        });
        assertEquals(List.of(), failures);
        assertEquals(5, compileErrors[0]);
        assertEquals(66, evaluated[0]);
    }
}
