package org.mpyjvm.language.algorithms;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mpyjvm.language.common.GuestError;
import org.mpyjvm.language.common.RecordedLines;
import org.mpyjvm.language.text.PyValues;

/**
 * hexlify, b2a_base64 (with and without newline), crc32 (with start values) of 12 random buffers and
 * a2b_base64 of 11 inputs, recorded from MicroPython 1.27.
 */
class BinasciiTest {
    @Test
    void matchesMicroPython() {
        List<String> failures = RecordedLines.replay(getClass(), "binascii-wasm.txt", 23, line -> {
            String actual;
            if (line.startsWith("a2b ")) {
                int[] used = new int[1];
                byte[] input = (byte[]) PyValues.parsePrefix(line.substring(4), used);
                actual = "a2b " + PyValues.repr(input) + " " + PyValues.repr(Binascii.a2bBase64(input));
            } else {
                String hex = line.substring(0, line.indexOf(' '));
                byte[] d = hex.equals("-") ? new byte[0] : HexFormat.of().parseHex(hex);
                String[] tail = line.split(" ");
                long start = Long.parseLong(tail[tail.length - 2]);
                actual = hex + " " + PyValues.repr(Binascii.hexlify(d, null)) + " "
                        + PyValues.repr(Binascii.hexlify(d, new byte[] {':'})) + " "
                        + PyValues.repr(Binascii.b2aBase64(d, true)) + " "
                        + PyValues.repr(Binascii.b2aBase64(d, false)) + " " + Binascii.crc32(d, 0) + " "
                        + start + " " + Binascii.crc32(d, start);
            }
            return RecordedLines.differs(line, actual);
        });
        assertEquals(List.of(), failures);
    }

    /** The unix port's C module (extmod/modbinascii.c) text; the webassembly build freezes a Python binascii. */
    @Test
    void leftoverBitsAreIncorrectPadding() {
        GuestError e = assertThrows(GuestError.class, () -> Binascii.a2bBase64("aGVsbG8".getBytes(StandardCharsets.US_ASCII)));
        assertEquals("ValueError: incorrect padding", e.toString());
    }

    /** unhexlify is bytes.fromhex, whose results and error text are recorded in text-misc-wasm.txt. */
    @Test
    void unhexlifyIsFromhex() {
        assertArrayEquals(new byte[] {1, (byte) 0xab}, Binascii.unhexlify("01AB".getBytes(StandardCharsets.US_ASCII)));
        assertEquals("ValueError: non-hex digit",
                assertThrows(GuestError.class, () -> Binascii.unhexlify(new byte[] {'1'})).toString());
    }
}
