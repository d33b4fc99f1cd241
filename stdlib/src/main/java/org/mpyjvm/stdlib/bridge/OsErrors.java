package org.mpyjvm.stdlib.bridge;

import org.mpyjvm.language.errors.Errors;
import org.mpyjvm.language.errors.PyException;
import org.mpyjvm.language.runtime.BuiltinTypes;
import org.mpyjvm.runtime.Errno;
import org.mpyjvm.runtime.StorageException;

/**
 * The one place where storage failures become Python exceptions: {@code StorageException(errno)} is
 * {@code OSError(errno)}, which the language prints as {@code [Errno 2] ENOENT} or a bare {@code 28}.
 */
public final class OsErrors {
    private OsErrors() {
    }

    /** A storage operation that may fail. */
    @FunctionalInterface
    public interface Action<T> {
        T run() throws StorageException;
    }

    /** A storage operation without a result. */
    @FunctionalInterface
    public interface VoidAction {
        void run() throws StorageException;
    }

    public static PyException of(StorageException e) {
        return oserror(e.errno());
    }

    public static PyException oserror(int errno) {
        return Errors.createWithArgs(BuiltinTypes.OS_ERROR, (long) errno);
    }

    /** Runs {@code action}, turning a StorageException into OSError. */
    public static <T> T call(Action<T> action) {
        try {
            return action.run();
        } catch (StorageException e) {
            throw of(e);
        }
    }

    public static void run(VoidAction action) {
        try {
            action.run();
        } catch (StorageException e) {
            throw of(e);
        }
    }

    /** littlefs's closed-file errors (EBADF) are MicroPython's empty {@code ValueError()} (os.md 2.2). */
    public static PyException closedFile() {
        return Errors.create(BuiltinTypes.VALUE_ERROR, null);
    }

    public static boolean isBadFile(StorageException e) {
        return e.errno() == Errno.EBADF;
    }
}
