package org.mpyjvm.runtime.faults;

/**
 * The power went. Unchecked, so it unwinds the filesystem, the interpreter and the script alike; the test or
 * fuzzer that planned the cut catches it, calls {@link Faults#restorePower()} and checks what survived.
 */
public final class PowerCutException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final long operation;

    public PowerCutException(long operation, String what) {
        super("power cut during write operation " + operation + " (" + what + ")");
        this.operation = operation;
    }

    /** The 1-based number of the program/erase/block write that was interrupted (0: the medium was frozen). */
    public long operation() {
        return operation;
    }
}
