package org.mpyjvm.language.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mpyjvm.language.common.RecordedLines;

/**
 * {@code int(s, base)} (221 cases, errors included) and bin/oct/hex (9 values) recorded from MicroPython 1.27
 * (the webassembly build, so with 31-bit small ints).
 */
class IntTextTest {
    @Test
    void matchesMicroPython() {
        List<String> failures = RecordedLines.replay(getClass(), "int-parse-wasm.txt", 230, line -> {
            if (line.startsWith("'") || line.startsWith("\"")) {
                List<String> f = PyLiteral.fields(line);
                String expected = line.substring(f.get(0).length() + f.get(1).length() + 2);
                byte[] text = PyLiteral.unquote(f.get(0)).getBytes(StandardCharsets.UTF_8);
                int base = Integer.parseInt(f.get(1));
                return RecordedLines.differs(expected, RecordedLines.outcome(
                        () -> IntText.parse(text, base, IntText.PORT32_SMALL_INT_MAX).toString()));
            }
            BigInteger v = new BigInteger(line.split(" ")[0]);
            return RecordedLines.differs(line, v + " " + IntText.withPrefix(v, 2) + " " + IntText.withPrefix(v, 8) + " "
                    + IntText.withPrefix(v, 16));
        });
        assertEquals(List.of(), failures);
    }
}
