package org.mpyjvm.runtime.posix;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import org.mpyjvm.runtime.Errno;
import org.mpyjvm.runtime.StorageException;

/**
 * Host I/O failures as the errno MicroPython's VfsPosix would raise (the host's own errno, which on Linux has
 * the same numbers). Java hides errno behind exception classes and, for the rest, the C library's message text.
 */
final class HostErrors {
    private HostErrors() {
    }

    static StorageException of(IOException e) {
        int errno;
        if (e instanceof NoSuchFileException) {
            errno = Errno.ENOENT;
        } else if (e instanceof FileAlreadyExistsException) {
            errno = Errno.EEXIST;
        } else if (e instanceof DirectoryNotEmptyException) {
            errno = Errno.ENOTEMPTY;
        } else if (e instanceof NotDirectoryException) {
            errno = Errno.ENOTDIR;
        } else if (e instanceof AccessDeniedException) {
            errno = Errno.EACCES;
        } else if (e instanceof FileSystemException fse && fse.getReason() != null) {
            errno = fromReason(fse.getReason());
        } else {
            errno = Errno.EIO;
        }
        return new StorageException(errno, e.getMessage());
    }

    private static int fromReason(String reason) {
        switch (reason) {
            case "No such file or directory": return Errno.ENOENT;
            case "File exists": return Errno.EEXIST;
            case "Not a directory": return Errno.ENOTDIR;
            case "Is a directory": return Errno.EISDIR;
            case "Directory not empty": return Errno.ENOTEMPTY;
            case "Permission denied": return Errno.EACCES;
            case "Operation not permitted": return Errno.EPERM;
            case "Read-only file system": return Errno.EROFS;
            case "No space left on device": return Errno.ENOSPC;
            case "File name too long": return Errno.ENAMETOOLONG;
            case "Invalid argument": return Errno.EINVAL;
            case "Device or resource busy": return Errno.EBUSY;
            default: return Errno.EIO;
        }
    }
}
