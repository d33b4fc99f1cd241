package org.mpyjvm.language.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mpyjvm.language.common.RecordedLines;

/**
 * {@code fmt.format(*args, **kwargs)} results and errors printed by MicroPython 1.27 (1230 cases: field
 * numbering, keywords, conversions, nested specs, braces, every presentation type, every error text),
 * replayed over plain values.
 */
class StrFormatTest {
    @Test
    @SuppressWarnings("unchecked")
    void matchesMicroPython() {
        PercentFormatTest.Operands ops = new PercentFormatTest.Operands();
        List<String> failures = RecordedLines.replay(getClass(), "str-format-wasm.txt", 1230, line -> {
            List<String> f = PyLiteral.fields(line);
            String fmt = PyLiteral.unquote(f.get(0));
            String rest = line.substring(f.get(0).length() + f.get(1).length() + f.get(2).length() + 3);
            String expected = rest.startsWith("EXC ") ? rest : PyLiteral.unquote(rest);
            List<Object> args = (List<Object>) PercentFormatTest.parse(f.get(1));
            Map<String, Object> kwargs = new LinkedHashMap<>();
            ((Map<Object, Object>) PercentFormatTest.parse(f.get(2))).forEach((k, v) -> kwargs.put((String) k, v));
            return RecordedLines.differs(expected, RecordedLines.outcome(() -> StrFormat.format(fmt, args, kwargs, ops)));
        });
        assertEquals(List.of(), failures);
    }
}
