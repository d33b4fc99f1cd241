package org.mpyjvm.language.errors;

import java.io.PrintStream;
import java.util.List;
import org.mpyjvm.language.runtime.PyBaseException;
import org.mpyjvm.language.runtime.PyOps;

/** Prints an exception the way the MicroPython unix port does (most recent call last, then Type: message). */
public final class TracebackPrinter {
    private TracebackPrinter() {
    }

    public static void print(PyBaseException exc, PrintStream out) {
        out.print(format(exc));
    }

    public static String format(PyBaseException exc) {
        StringBuilder sb = new StringBuilder();
        List<PyBaseException.TracebackEntry> tb = exc.getTraceback();
        if (!tb.isEmpty()) {
            sb.append("Traceback (most recent call last):\n");
            for (int i = tb.size() - 1; i >= 0; i--) {
                PyBaseException.TracebackEntry e = tb.get(i);
                sb.append("  File \"").append(e.file()).append("\", line ").append(e.line());
                if (e.name() != null) {
                    sb.append(", in ").append(e.name());
                }
                sb.append('\n');
            }
        }
        sb.append(exc.getPyClass().getName());
        // py/objexcept.c prints ": " after the type name even when there are no arguments
        sb.append(": ").append(PyOps.str(exc));
        return sb.append('\n').toString();
    }
}
