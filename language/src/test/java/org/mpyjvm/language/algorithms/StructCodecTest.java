package org.mpyjvm.language.algorithms;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mpyjvm.language.common.GuestError;
import org.mpyjvm.language.common.RecordedLines;
import org.mpyjvm.language.text.PyValues;

/**
 * 1011 struct results recorded from MicroPython 1.27's webassembly build (a 32-bit port, so
 * {@link StructCodec#PORT32}): calcsize of every code with every prefix, pack of 460 formats (random
 * ones included, with the packed bytes unpacked again), half floats, unpack_from and pack_into offsets.
 */
class StructCodecTest {
    private static final StructCodec CODEC = StructCodec.PORT32;

    @Test
    void matchesMicroPython() {
        List<String> failures = RecordedLines.replay(getClass(), "struct-wasm.txt", 1011, line -> {
            String kind = line.substring(0, line.indexOf(' '));
            int[] used = new int[1];
            String rest = line.substring(kind.length() + 1);
            String fmt = (String) PyValues.parsePrefix(rest, used);
            rest = rest.substring(used[0] + 1);
            String expected;
            String actual;
            switch (kind) {
                case "calcsize" -> {
                    expected = rest;
                    actual = run(() -> (long) CODEC.calcsize(fmt));
                }
                case "case" -> {
                    String size = rest.startsWith("EXC") ? rest.substring(0, rest.indexOf(" (")) : rest.split(" ")[0];
                    rest = rest.substring(size.length() + 1);
                    PyValues.Tuple values = (PyValues.Tuple) PyValues.parsePrefix(rest, used);
                    expected = size + " " + rest.substring(used[0] + 1).replaceAll("^'(HEX .*)'$", "$1");
                    String sizeNow = run(() -> (long) CODEC.calcsize(fmt));
                    String packed;
                    try {
                        byte[] b = CODEC.pack(fmt, values.items(), PyValues::typeName);
                        packed = "HEX " + (b.length == 0 ? "-" : HexFormat.of().formatHex(b));
                    } catch (GuestError e) {
                        packed = "EXC " + e.type() + ": " + e.message();
                    }
                    actual = sizeNow + " " + packed;
                }
                case "unpack" -> {
                    String hex = rest.substring(0, rest.indexOf(' '));
                    expected = rest.substring(hex.length() + 1);
                    actual = run(() -> new PyValues.Tuple(CODEC.unpack(fmt, bytes(hex))));
                }
                case "unpack_from" -> {
                    String[] f = rest.split(" ", 3);
                    expected = f[2];
                    actual = run(() -> new PyValues.Tuple(CODEC.unpackFrom(fmt, bytes(f[0]), Long.parseLong(f[1]))));
                }
                case "pack_into" -> {
                    String[] f = rest.split(" ", 2);
                    expected = f[1];
                    byte[] buf = new byte[8];
                    String r = run(() -> {
                        CODEC.packInto(fmt, buf, Long.parseLong(f[0]), List.of(1L, 2L), PyValues::typeName);
                        return PyValues.NONE;
                        });
                        actual = r + " " + HexFormat.of().formatHex(buf);
                    }
                    default -> throw new IllegalArgumentException(line);
                }
                return RecordedLines.differs(expected, actual);
        });
        assertEquals(List.of(), failures);
    }

    private static byte[] bytes(String hex) {
        return hex.equals("-") ? new byte[0] : HexFormat.of().parseHex(hex);
    }

    private static String run(java.util.function.Supplier<Object> f) {
        try {
            return PyValues.repr(f.get());
        } catch (GuestError e) {
            return "EXC " + e.type() + ": " + e.message();
        }
    }
}
