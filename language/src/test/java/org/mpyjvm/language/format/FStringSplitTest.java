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
    void matchesMicroPython() throws IOException {
        List<String> failures = new ArrayList<>();
        int n = 0;
        int evaluated = 0;
        int compileErrors = 0;
        PercentFormatTest.Operands ops = new PercentFormatTest.Operands();
        try (var in = getClass().getResourceAsStream("fstring-wasm.txt");
             var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = reader.readLine()) != null; n++) {
                int arrow = line.indexOf(" => ");
                String src = line.substring(0, arrow);
                String body = src.substring(2, src.length() - 1);
                String expected = line.substring(arrow + 4);
                String actual;
                try {
                    FStringSplit.Parts parts = FStringSplit.split(body);
                    List<Object> args = new ArrayList<>();
                    String missing = null;
                    for (String a : parts.arguments()) {
                        if (a.isBlank()) {
                            args.add(List.of());
                        } else if (VALUES.containsKey(a)) {
                            args.add(VALUES.get(a));
                        } else {
                            missing = a;
                        }
                    }
                    if (missing != null) {
                        if (expected.equals("EXC SyntaxError: invalid syntax") && UNCOMPILABLE.contains(missing)) {
                            compileErrors++;
                            continue;
                        }
                        if (missing.equals("s,") || missing.startsWith("f\"")) {
                            // a tuple expression, and MicroPython's broken nested f-string: need a compiler
                            continue;
                        }
                        throw new AssertionError(line + ": no value for " + missing);
                    }
                    actual = ops.repr(StrFormat.format(parts.format().replace("\\n", "\n").replace("\\t", "\t"),
                            args, Map.of(), ops));
                    evaluated++;
                } catch (GuestError e) {
                    actual = "EXC " + e.type() + ": " + e.message();
                    evaluated++;
                }
                if (!expected.equals(actual)) {
                    failures.add(line + " => got " + actual);
                }
            }
        }
        assertEquals(73, n);
        assertEquals(List.of(), failures);
        assertEquals(5, compileErrors);
        assertEquals(66, evaluated);
    }
}
