package org.mpyjvm.language.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mpyjvm.language.common.GuestError;

/**
 * 607 {@code '{:spec}'.format(v)} results (and error messages) printed by MicroPython 1.27 for ints,
 * bools, floats and strs.
 */
class SpecFormatterTest {
    @Test
    void matchesMicroPython() throws IOException {
        List<String> failures = new ArrayList<>();
        int n = 0;
        try (var in = getClass().getResourceAsStream("format-spec-wasm.txt");
             var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = reader.readLine()) != null; n++) {
                List<String> f = PyLiteral.fields(line);
                String spec = PyLiteral.unquote(f.get(2));
                String expected = PyLiteral.unquote(f.get(3));
                String actual;
                try {
                    actual = format(f.get(0), f.get(1), spec);
                } catch (GuestError e) {
                    actual = "EXC " + e.type() + ": " + e.message();
                }
                if (!expected.equals(actual)) {
                    failures.add(line + " => got " + actual);
                }
            }
        }
        assertEquals(607, n);
        assertEquals(List.of(), failures);
    }

    private static String format(String kind, String value, String spec) {
        FormatSpec parsed = FormatSpec.parse(spec);
        switch (kind) {
            case "i":
                if (value.equals("True")) {
                    if (parsed.isEmpty()) {
                        return "True";
                    }
                    return SpecFormatter.formatInt(BigInteger.ONE, parsed, "bool");
                }
                return SpecFormatter.formatInt(new BigInteger(value), parsed, "int");
            case "f":
                double d = value.equals("inf") ? Double.POSITIVE_INFINITY
                        : value.equals("nan") ? Double.NaN : Double.parseDouble(value);
                return SpecFormatter.formatFloat(d, parsed, "float");
            default:
                return SpecFormatter.formatStr(PyLiteral.unquote(value), parsed, "str");
        }
    }
}
