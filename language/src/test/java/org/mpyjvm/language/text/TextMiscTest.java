package org.mpyjvm.language.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mpyjvm.language.common.RecordedLines;

/**
 * repr() of str and bytes, bytes.decode(), str/bytes indexing and slicing, bytes.hex and bytes.fromhex:
 * 1240 results recorded from MicroPython 1.27 (receivers given as the hex of their UTF-8 bytes).
 */
class TextMiscTest {
    @Test
    void matchesMicroPython() {
        List<String> failures = RecordedLines.replay(getClass(), "text-misc-wasm.txt", 1240, line -> {
            String[] f = line.split(" ", 3);
            String expected;
            String actual;
            try {
                if (f[0].equals("fromhex")) {
                    int[] used = new int[1];
                    String text = (String) PyValues.parsePrefix(f[1] + " " + f[2], used);
                    expected = (f[1] + " " + f[2]).substring(used[0] + 1);
                    actual = run(() -> ByteText.fromHex(text));
                } else {
                    byte[] data = f[1].equals("-") ? new byte[0] : HexFormat.of().parseHex(f[1]);
                    String[] rest = f[2].split(" ", 4);
                    switch (f[0]) {
                        case "repr-str" -> {
                            expected = f[2];
                            actual = Repr.str(new String(data, StandardCharsets.UTF_8));
                        }
                        case "repr-bytes" -> {
                            expected = f[2];
                            actual = Repr.bytes(data);
                        }
                        case "decode" -> {
                            expected = f[2];
                            actual = run(() -> Utf8.decode(data));
                        }
                        case "hex" -> {
                            int[] used = {1};
                            String sep = f[2].startsWith("-") ? null : (String) PyValues.parsePrefix(f[2], used);
                            expected = f[2].substring(used[0] + 1);
                            // MicroPython gives b'' (bytes) for empty data
                            actual = data.length == 0 ? "b''" : run(() -> ByteText.hex(data, sep));
                        }
                        case "item", "bitem" -> {
                            String[] is = f[2].split(" ", 2);
                            expected = is[1];
                            long i = Long.parseLong(is[0]);
                            actual = f[0].equals("item")
                                    ? run(() -> StrText.item(new String(data, StandardCharsets.UTF_8), i))
                                    : run(() -> (long) (data[Slices.item(i, data.length, "bytes")] & 0xFF));
                        }
                        case "slice", "bslice" -> {
                            expected = rest[3];
                            Long a = bound(rest[0]);
                            Long b = bound(rest[1]);
                            Long st = bound(rest[2]);
                            actual = f[0].equals("slice")
                                    ? run(() -> StrText.slice(new String(data, StandardCharsets.UTF_8), a, b, st))
                                    : run(() -> BytesText.slice(data, a, b, st));
                        }
                        default -> throw new IllegalArgumentException(line);
                    }
                }
            } catch (RuntimeException e) {
                throw new AssertionError(line, e);
            }
            return RecordedLines.differs(expected, actual);
        });
        assertEquals(List.of(), failures);
    }

    private static Long bound(String s) {
        return s.equals("None") ? null : Long.valueOf(s);
    }

    private static String run(java.util.function.Supplier<Object> f) {
        return RecordedLines.outcome(() -> PyValues.repr(f.get()));
    }
}
