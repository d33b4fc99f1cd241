package org.mpyjvm.language.errors;

import com.oracle.truffle.api.exception.AbstractTruffleException;
import com.oracle.truffle.api.nodes.Node;
import org.mpyjvm.language.runtime.PyBaseException;

/**
 * A Python exception in flight. The guest exception object ({@link PyBaseException}) holds the args and the
 * traceback; this Java throwable only carries it through the Truffle stack.
 *
 * <p>Traceback lines are recorded MicroPython's way: while the exception unwinds a function, the innermost statement
 * it passes notes its line ({@link #notePendingLine}); when it leaves the function, the root node appends
 * {@code (file, line, function)} to the exception object. A bare {@code raise} re-raises without a new entry for the
 * raising frame, as MicroPython's VM does.
 */
public final class PyException extends AbstractTruffleException {
    private static final long serialVersionUID = 1L;
    /** Marks "this frame adds no traceback entry" (a bare re-raise). */
    public static final int SKIP_FRAME = -2;
    private static final int NO_LINE = -1;

    private final PyBaseException pythonException;
    private int pendingLine = NO_LINE;

    public PyException(PyBaseException pythonException, Node location) {
        super(location);
        this.pythonException = pythonException;
    }

    public PyBaseException getPythonException() {
        return pythonException;
    }

    /** Called by the innermost statement the exception passes; outer statements keep the first line. */
    public void notePendingLine(int line) {
        if (pendingLine == NO_LINE) {
            pendingLine = line;
        }
    }

    public void markReraise() {
        pendingLine = SKIP_FRAME;
    }

    /** Called when the exception leaves a function: returns the line to record, or a negative value for none. */
    public int takePendingLine() {
        int line = pendingLine;
        pendingLine = NO_LINE;
        return line;
    }

    /** An except clause caught it: the next raise in this frame starts a fresh line record. */
    public void clearPendingLine() {
        pendingLine = NO_LINE;
    }
}
