package org.mpyjvm.language.errors;

import java.io.PrintStream;
import java.util.List;
import org.mpyjvm.language.runtime.PyBaseException;
import org.mpyjvm.language.runtime.PyFunction;
import org.mpyjvm.language.runtime.PyOps;
import org.mpyjvm.language.runtime.PyTuple;

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
        // MicroPython prints "Type: " even without args, and a user __str__ does not change the last line.
        sb.append(exc.getPyClass().getName()).append(": ");
        if (exc.getPyClass().lookup("__str__") instanceof PyFunction) {
            PyTuple args = exc.getArgs();
            sb.append(args.size() == 0 ? "" : args.size() == 1 ? PyOps.str(args.get(0)) : PyOps.repr(args));
        } else {
            sb.append(PyOps.str(exc));
        }
        return sb.append('\n').toString();
    }
}
