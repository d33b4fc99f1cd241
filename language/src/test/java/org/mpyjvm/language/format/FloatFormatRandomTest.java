package org.mpyjvm.language.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * 400 doubles (random bit patterns, binary fractions, decimal fractions) each printed by MicroPython 1.27
 * with repr and twenty %-conversions; every one must match.
 */
class FloatFormatRandomTest {
    /** The conversions of the generator, in column order after repr: {fmt, prec, sign}. */
    private static final String[] SPECS = {
        "f1", "f2", "f3", "f6", "f10", "f0", "e6", "e0", "E3", "e12", "g6", "g1", "g3", "G10", "g15", "g16", "g17",
        "f4+", "e3 ", "f6"};

    @Test
    void matchesMicroPython() throws IOException {
        List<String> failures = new ArrayList<>();
        int checked = 0;
        try (var in = getClass().getResourceAsStream("float-formats-wasm.txt");
             var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = reader.readLine()) != null; ) {
                String[] f = line.split("\\|", -1);
                double x = Double.longBitsToDouble(Long.parseUnsignedLong(f[0]));
                check(failures, "repr", f[1], FloatFormat.repr(x));
                for (int i = 0; i < SPECS.length; i++) {
                    String spec = SPECS[i];
                    char sign = spec.endsWith("+") ? '+' : spec.endsWith(" ") ? ' ' : 0;
                    int prec = Integer.parseInt(spec.substring(1).trim().replace("+", ""));
                    check(failures, spec + " of " + f[1], f[i + 2], FloatFormat.format(x, spec.charAt(0), prec, sign));
                }
                checked++;
            }
        }
        assertEquals(400, checked);
        assertEquals(List.of(), failures.subList(0, Math.min(30, failures.size())), failures.size() + " mismatches");
    }

    private static void check(List<String> failures, String what, String expected, String actual) {
        if (!expected.equals(actual)) {
            failures.add(what + ": expected " + expected + " got " + actual);
        }
    }
}
