package org.mpyjvm.language.algorithms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mpyjvm.language.common.GuestError;
import org.mpyjvm.language.format.FloatFormat;

/** Sequences printed by MicroPython 1.27's random module for six seeds, replayed call for call. */
class YasmarangTest {
    @Test
    void sameSequencesAsMicroPython() throws IOException {
        String expected;
        try (var in = getClass().getResourceAsStream("random-wasm.txt")) {
            expected = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        }
        List<String> out = new ArrayList<>();
        Yasmarang r = new Yasmarang();
        for (long s : new long[] {0, 1, 42, 12345, (1L << 31) + 5, -7}) {
            r.seed(s);
            out.add("S" + s);
            List<String> line = new ArrayList<>();
            for (int k : new int[] {1, 8, 16, 31, 32, 0, 32, 32}) {
                line.add(Long.toString(r.getrandbits(k)));
            }
            out.add(String.join(" ", line));
            line.clear();
            for (int i = 0; i < 10; i++) {
                line.add(Long.toString(r.randint(-5, 100)));
            }
            out.add(String.join(" ", line));
            line.clear();
            for (int i = 0; i < 5; i++) {
                line.add(Long.toString(r.randrange(1000)));
            }
            for (int i = 0; i < 5; i++) {
                line.add(Long.toString(r.randrange(10, 20)));
            }
            for (int i = 0; i < 5; i++) {
                line.add(Long.toString(r.randrange(100, 0, -7)));
            }
            out.add(String.join(" ", line));
            line.clear();
            for (int i = 0; i < 5; i++) {
                line.add(FloatFormat.repr(r.random()));
            }
            out.add(String.join(" ", line));
            line.clear();
            for (int i = 0; i < 3; i++) {
                line.add(FloatFormat.repr(r.uniform(-2, 3.5)));
            }
            out.add(String.join(" ", line));
            line.clear();
            for (int i = 0; i < 10; i++) {
                line.add(String.valueOf("abcdefghij".charAt((int) r.choiceIndex(10))));
            }
            out.add(String.join(" ", line));
        }
        assertEquals(expected, String.join("\n", out));
    }

    @Test
    void errorsAreMicroPythons() {
        Yasmarang r = new Yasmarang();
        assertEquals("bits must be 32 or less", assertThrows(GuestError.class, () -> r.getrandbits(33)).message());
        assertEquals("ValueError", assertThrows(GuestError.class, () -> r.randint(5, 4)).type());
        assertEquals("ValueError", assertThrows(GuestError.class, () -> r.randrange(0)).type());
        assertEquals("IndexError", assertThrows(GuestError.class, () -> r.choiceIndex(0)).type());
    }
}
