package org.mpyjvm.language.common;

/**
 * A Python-level error raised by the pure-Java algorithm cores (hashing, format, text, algorithms).
 * The interpreter turns it into an instance of the named built-in exception type with the given
 * message; the message text is MicroPython's own, so tracebacks compare byte for byte.
 * It carries no Java stack trace: it is control flow, not a Java bug report.
 */
public final class GuestError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String type;

    /** {@code pythonExceptionType} is a built-in exception class name such as "ValueError". */
    public GuestError(String pythonExceptionType, String message) {
        super(message, null, false, false);
        this.type = pythonExceptionType;
    }

    public String type() {
        return type;
    }

    /** The exception's argument; null means the exception is raised without arguments. */
    public String message() {
        return getMessage();
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }

    @Override
    public String toString() {
        return message() == null ? type : type + ": " + message();
    }
}
