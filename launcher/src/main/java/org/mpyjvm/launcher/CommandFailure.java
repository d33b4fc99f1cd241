package org.mpyjvm.launcher;

/** A sub-command that was used correctly but could not do its job: one line on stderr, exit status 1. */
final class CommandFailure extends Exception {
    private static final long serialVersionUID = 1L;

    CommandFailure(String message) {
        super(message);
    }
}
