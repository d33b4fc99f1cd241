package org.mpyjvm.language.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mpyjvm.language.common.GuestError;

/**
 * {@code fmt.format(*args, **kwargs)} results and errors printed by MicroPython 1.27 (1230 cases: field
 * numbering, keywords, conversions, nested specs, braces, every error text), replayed over plain values.
 */
class StrFormatTest {
    @Test
    @SuppressWarnings("unchecked")
    void matchesMicroPython() throws IOException {
        List<String> failures = new ArrayList<>();
        int n = 0;
        PercentFormatTest.Operands ops = new PercentFormatTest.Operands();
        try (var in = getClass().getResourceAsStream("str-format-wasm.txt");
             var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = reader.readLine()) != null; n++) {
                List<String> f = PyLiteral.fields(line);
                String fmt = PyLiteral.unquote(f.get(0));
                String rest = line.substring(f.get(0).length() + f.get(1).length() + f.get(2).length() + 3);
                String expected = rest.startsWith("EXC ") ? rest : PyLiteral.unquote(rest);
                List<Object> args = (List<Object>) PercentFormatTest.parse(f.get(1));
                Map<String, Object> kwargs = new LinkedHashMap<>();
                ((Map<Object, Object>) PercentFormatTest.parse(f.get(2))).forEach((k, v) -> kwargs.put((String) k, v));
                String actual;
                try {
                    actual = StrFormat.format(fmt, args, kwargs, ops);
                } catch (GuestError e) {
                    actual = "EXC " + e.type() + ": " + e.message();
                }
                if (!expected.equals(actual)) {
                    failures.add(line + " => got " + actual);
                }
            }
        }
        assertEquals(1230, n);
        assertEquals(List.of(), failures);
    }
}
