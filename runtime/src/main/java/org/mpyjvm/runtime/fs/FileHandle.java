package org.mpyjvm.runtime.fs;

import org.mpyjvm.runtime.StorageException;

/** An open file on a {@link Filesystem}; bytes only, text decoding is the Python layer's job. */
public interface FileHandle {
    int SEEK_SET = 0;
    int SEEK_CUR = 1;
    int SEEK_END = 2;

    /** Reads up to {@code len} bytes; returns 0 at end of file. */
    int read(byte[] dst, int off, int len) throws StorageException;

    /** Writes all {@code len} bytes or throws (ENOSPC on a full device, after writing what fitted). */
    int write(byte[] src, int off, int len) throws StorageException;

    /** Returns the new absolute position. */
    long seek(long offset, int whence) throws StorageException;

    long tell() throws StorageException;

    long size() throws StorageException;

    void truncate(long size) throws StorageException;

    void flush() throws StorageException;

    void close() throws StorageException;

    boolean isClosed();
}
