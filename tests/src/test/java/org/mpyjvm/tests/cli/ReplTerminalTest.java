package org.mpyjvm.tests.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The REPL when stdin is a terminal: {@code bin/mpy} on a pseudo-terminal (80x24) driven by
 * {@code cli/pty_session.py}, which waits for each prompt before typing, so the test does not depend on timing; every
 * wait is bounded (60 s for the session), and a missing prompt fails with the output so far.
 * Limits: the terminal is not emulated, so JLine's control sequences (keypad mode, bracketed paste, cursor moves)
 * stay in the captured text and the checks look for substrings, not whole lines. Known wrong and not asserted yet:
 * after each input an extra {@code 0} line appears (Truffle prints the value of every interactive evaluation, here
 * the exit status, unless the language's {@code isVisible} says no; a language-module fix).
 */
class ReplTerminalTest {
    @TempDir
    Path dir;

    @Test
    void unixReplShowsBannerPromptsEchoesValuesAndExitsOnCtrlD() throws Exception {
        String out = session(List.of("--fresh"));
        assertTrue(out.contains("MicroPython v1.29.0 (mpy-jvm "), out);
        assertTrue(out.contains("Use Ctrl-D to exit, Ctrl-E for paste mode"), out);
        checkDialogue(out);
    }

    @Test
    void circuitPythonRunsItsLifecycleBeforeItsOwnBanner() throws Exception {
        String out = session(List.of("--board", "circuitpython:adafruit_qt2040_trinkey", "--fresh"));
        int code = out.indexOf("code.py output:\r\nHello World!\r\n");
        int done = out.indexOf("Code done running.");
        int banner = out.indexOf("Adafruit CircuitPython ");
        int prompt = out.indexOf(">>> ");
        assertTrue(code >= 0 && done > code && banner > done && prompt > banner, out);
        assertTrue(out.substring(banner).startsWith("Adafruit CircuitPython 9."), out);
        assertTrue(out.contains("; Adafruit QT2040 Trinkey with rp2040\r\n"), out);
        assertTrue(!out.contains("MicroPython v"), out);
        checkDialogue(out);
    }

    private static void checkDialogue(String out) {
        assertTrue(out.contains(">>> 1+2"), out);
        assertTrue(out.matches("(?s).*1\\+2.*\r\n[^\r\n]*3\r\n.*"), "1+2 echoes 3: " + out);
        assertTrue(out.contains("... ") && out.contains("return x*2"), "continuation prompt: " + out);
        assertTrue(out.matches("(?s).*f\\(4\\).*\r\n[^\r\n]*8\r\n.*"), "f(4) gives 8: " + out);
        assertTrue(out.matches("(?s).*i \\* 11.*\r\n[^\r\n]*0\r\n11\r\n22\r\n.*"),
                "an expression inside a for loop echoes each value: " + out);
        assertTrue(out.endsWith("exit=0\n"), "Ctrl-D exits with status 0: " + out);
    }

    private String session(List<String> options) throws Exception {
        Path helper = MpyCommand.ROOT.resolve("tests/src/test/resources/cli/pty_session.py");
        Path steps = dir.resolve("steps.txt");
        Files.writeString(steps, String.join("\n", "expect >>> ", "send 1+2", "expect >>> ", "send def f(x):",
                "expect ... ", "send     return x*2", "expect ... ", "send ", "expect >>> ", "send f(4)",
                "expect >>> ", "send for i in range(3): i * 11", "expect ... ", "send ", "expect >>> ", "eof", ""));
        List<String> command = new ArrayList<>(List.of("sh", "-c", "exec python3 \"$0\" 60 \"$@\" < " + steps,
                helper.toString(), MpyCommand.ROOT.resolve("bin/mpy").toString()));
        command.addAll(options);
        MpyCommand.Result r = MpyCommand.exec(dir, Map.of(), command);
        assertEquals(0, r.status(), "pty session failed (python3 is required): " + r.stdout() + r.stderr());
        return r.stdout();
    }
}
