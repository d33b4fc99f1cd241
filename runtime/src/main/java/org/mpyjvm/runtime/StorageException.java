package org.mpyjvm.runtime;

/**
 * A storage failure carrying the errno MicroPython would raise. The Python layer turns it into
 * {@code OSError(errno)}; littlefs-style negative codes are stored positive (LFS_ERR_CORRUPT -84 is 84).
 */
public class StorageException extends Exception {
    private static final long serialVersionUID = 1L;

    private final int errno;

    public StorageException(int errno) {
        this(errno, null);
    }

    public StorageException(int errno, String detail) {
        super(detail == null ? Errno.name(errno) : Errno.name(errno) + ": " + detail);
        this.errno = errno;
    }

    public int errno() {
        return errno;
    }
}
