package org.mpyjvm.language;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Source;
import org.junit.jupiter.api.Test;

/**
 * REPL inputs (interactive Sources named {@code <stdin>}) follow MicroPython's "single" compile mode: every
 * expression statement of the module scope prints its repr, also inside compound statements, but not inside
 * function or class bodies. Expected outputs recorded from the npm MicroPython 1.27's REPL (replProcessChar).
 */
class ReplEchoTest {
    /** Feeds each input as one REPL entry in one context; returns everything printed. */
    private static String repl(String... inputs) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Context context = Context.newBuilder("mpy").out(out).err(out)
            .option("engine.WarnInterpreterOnly", "false").build()) {
            for (String input : inputs) {
                context.eval(Source.newBuilder("mpy", input, "<stdin>").interactive(true).buildLiteral());
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void topLevelExpressionsEchoAndNoneDoesNot() {
        assertEquals("3\n'a'\n", repl("1+2\n", "None\n", "'a'\n"));
    }

    @Test
    void expressionsInsideCompoundStatementsEcho() {
        assertEquals("0\n1\n2\n5\n9\n10\n11\n[1, 2]\n", repl(
            "for i in range(3): i\n",
            "if 1: 5\n",
            "while 0: 1\nelse: 9\n",
            "try: 10\nfinally: 11\n",
            "[i for i in (1, 2)]\n"));
    }

    @Test
    void nestedBlocksEchoAtEveryDepth() {
        assertEquals("(0, 'even')\n(1, 'odd')\n(2, 'even')\n",
            repl("for i in range(3):\n    if i % 2:\n        i, 'odd'\n    else:\n        i, 'even'\n"));
    }

    @Test
    void functionAndClassBodiesDoNotEcho() {
        assertEquals("", repl("def f():\n    7\n", "f()\n", "class A:\n    8\n", "g = lambda: 9\n"));
        assertEquals("", repl("def h():\n    for i in range(2): i\n", "h()\n"));
    }

    @Test
    void semicolonSeparatedStatementsEachEcho() {
        assertEquals("9\n1\n2\n", repl("g = lambda: 9\ng();\n", "1;2\n"));
    }

    @Test
    void scriptsNeverEcho() {
        assertEquals("[exit 0]", ScriptRunner.run("for i in range(3): i\nif 1: 5\n1+2\n"));
    }
}
