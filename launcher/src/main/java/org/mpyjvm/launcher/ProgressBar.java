package org.mpyjvm.launcher;

import java.io.PrintStream;

/**
 * mpremote's progress bar ({@code " ... writing  42% [########------------]"}), drawn in place on stderr for
 * transfers of at least {@link #MIN_TOTAL} bytes and cleared when done; nothing with {@code --quiet}.
 */
final class ProgressBar {
    static final long MIN_TOTAL = 64 * 1024;
    private static final int WIDTH = 20;

    private final PrintStream err;
    private final String operation;
    private final long total;
    private final boolean shown;
    private int lastPercent = -1;

    ProgressBar(PrintStream err, boolean quiet, String operation, long total) {
        this.err = err;
        this.operation = operation;
        this.total = total;
        this.shown = !quiet && total >= MIN_TOTAL;
    }

    void update(long done) {
        if (!shown) {
            return;
        }
        int percent = (int) (Math.min(done, total) * 100 / total);
        if (percent == lastPercent) {
            return;
        }
        lastPercent = percent;
        int bar = (int) (Math.min(done, total) * WIDTH / total);
        err.print(String.format("\r ... %s %3d%% [%s%s]", operation, percent, "#".repeat(bar), "-".repeat(WIDTH - bar)));
        err.flush();
    }

    void finish() {
        if (shown && lastPercent >= 0) {
            err.print("\r" + " ".repeat(13 + operation.length() + WIDTH) + "\r");
            err.flush();
        }
    }
}
