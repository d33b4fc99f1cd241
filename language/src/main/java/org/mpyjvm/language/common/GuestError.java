package org.mpyjvm.language.common;

/**
 * A Python-level error raised by pure Java code that knows nothing of Truffle (text, format, hashing and algorithm
 * cores, stdlib helpers). The interpreter turns it into the Python exception named by {@link #type()}.
 */
public final class GuestError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String type;

    public GuestError(String type, String message) {
        super(message, null, false, false);
        this.type = type;
    }

    /** The Python exception class name, e.g. {@code "ValueError"}. */
    public String type() {
        return type;
    }
}
