package org.mpyjvm.stdlib.circuitpython;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** circuitpython.md 3 step 4: the header lines and the 512-byte cap of boot_out.txt. */
class BootOutputTest {
    @Test
    void headerLines() {
        assertEquals("V\nBoard ID:b\nUID:00FF\nboot.py output:\n", BootOutput.header("V", "b", "00FF"));
        assertEquals("V\nBoard ID:b\nboot.py output:\n", BootOutput.header("V", "b", null));
    }

    @Test
    void shortOutputIsKeptWhole() {
        BootOutput o = new BootOutput("H\n");
        o.write("hello\n".getBytes(StandardCharsets.UTF_8), 0, 6);
        assertEquals("H\nhello\n", new String(o.bytes(), StandardCharsets.UTF_8));
    }

    @Test
    void longOutputIsCutAndMarked() {
        BootOutput o = new BootOutput("H\n");
        byte[] line = "0123456789\n".getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < 100; i++) {
            o.write(line, 0, line.length);
        }
        String text = new String(o.bytes(), StandardCharsets.UTF_8);
        assertEquals(BootOutput.CAP, o.bytes().length);
        assertTrue(text.endsWith(BootOutput.TRUNCATED));
        assertTrue(text.startsWith("H\n0123456789\n"));
    }

    @Test
    void exactlyFullIsNotMarked() {
        BootOutput o = new BootOutput("");
        byte[] full = new byte[BootOutput.CAP];
        java.util.Arrays.fill(full, (byte) 'x');
        o.write(full, 0, full.length);
        assertEquals(BootOutput.CAP, o.bytes().length);
        assertTrue(!new String(o.bytes(), StandardCharsets.UTF_8).contains("truncated"));
    }
}
