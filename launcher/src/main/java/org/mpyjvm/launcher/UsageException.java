package org.mpyjvm.launcher;

/** A command-line mistake: printed as one line on stderr, exit status 2. */
final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
