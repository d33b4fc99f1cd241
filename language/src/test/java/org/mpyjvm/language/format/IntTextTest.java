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
 * {@code int(s, base)} (221 cases, errors included) and bin/oct/hex (9 values) recorded from MicroPython 1.27
 * (the webassembly build, so with 31-bit small ints).
 */
class IntTextTest {
    @Test
    void matchesMicroPython() throws IOException {
        List<String> failures = new ArrayList<>();
        int parses = 0;
        int prefixed = 0;
        try (var in = getClass().getResourceAsStream("int-parse-wasm.txt");
             var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.startsWith("'") || line.startsWith("\"")) {
                    parses++;
                    List<String> f = PyLiteral.fields(line);
                    String rest = line.substring(f.get(0).length() + f.get(1).length() + 2);
                    String actual;
                    try {
                        actual = IntText.parse(PyLiteral.unquote(f.get(0)).getBytes(StandardCharsets.UTF_8),
                                Integer.parseInt(f.get(1)), IntText.PORT32_SMALL_INT_MAX).toString();
                    } catch (GuestError e) {
                        actual = "EXC " + e.type() + ": " + e.message();
                    }
                    if (!rest.equals(actual)) {
                        failures.add(line + " => got " + actual);
                    }
                } else {
                    prefixed++;
                    String[] f = line.split(" ");
                    BigInteger v = new BigInteger(f[0]);
                    String actual = v + " " + IntText.withPrefix(v, 2) + " " + IntText.withPrefix(v, 8) + " "
                            + IntText.withPrefix(v, 16);
                    if (!line.equals(actual)) {
                        failures.add(line + " => got " + actual);
                    }
                }
            }
        }
        assertEquals(221, parses);
        assertEquals(9, prefixed);
        assertEquals(List.of(), failures);
    }
}
