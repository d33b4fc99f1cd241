package org.mpyjvm.language.runtime;

import java.util.ArrayList;
import java.util.List;

/** An exception object: args, the traceback recorded while it unwound, and its cause/context. */
public final class PyBaseException extends PyInstance {
    /** One traceback line: {@code File "file", line N, in name}; name is null for the syntax-error form. */
    public record TracebackEntry(String file, int line, String name) {
    }

    private PyTuple args;
    private final List<TracebackEntry> traceback = new ArrayList<>();
    private Object cause = PyNone.INSTANCE;
    /** The line where it was caught in its frame, so a bare re-raise reports that frame's line once. */
    private int handledLine = -1;

    public int getHandledLine() {
        return handledLine;
    }

    public void setHandledLine(int line) {
        this.handledLine = line;
    }

    public PyBaseException(PyClass pyClass, PyTuple args) {
        super(pyClass);
        this.args = args;
    }

    public PyTuple getArgs() {
        return args;
    }

    public void setArgs(PyTuple args) {
        this.args = args;
    }

    public List<TracebackEntry> getTraceback() {
        return traceback;
    }

    public void addTraceback(String file, int line, String name) {
        traceback.add(new TracebackEntry(file, line, name));
    }

    public Object getCause() {
        return cause;
    }

    public void setCause(Object cause) {
        this.cause = cause;
    }
}
