package org.mpyjvm.launcher;

import java.io.PrintStream;

/**
 * Everything mpy-jvm adds to MicroPython's output (inferred board, hints, notes) goes to stderr, one line each,
 * so stdout stays byte-identical to MicroPython's; {@code --quiet} silences it.
 */
final class StderrNotes {
    private final PrintStream err;
    private final boolean quiet;

    StderrNotes(PrintStream err, boolean quiet) {
        this.err = err;
        this.quiet = quiet;
    }

    void note(String line) {
        if (!quiet) {
            err.println("mpy: " + line);
            err.flush();
        }
    }
}
