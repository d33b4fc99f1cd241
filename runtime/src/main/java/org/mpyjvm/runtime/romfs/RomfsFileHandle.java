package org.mpyjvm.runtime.romfs;

import org.mpyjvm.runtime.Errno;
import org.mpyjvm.runtime.StorageException;
import org.mpyjvm.runtime.fs.FileHandle;

/**
 * An open ROMFS file ({@code extmod/vfs_rom_file.c}): a read position over the file's bytes inside the image.
 * Upstream's file object has no {@code write}/{@code flush}/{@code truncate}; here they fail with EROFS and the
 * Python layer hides them ({@link RomfsFilesystem#FILE_METHODS}). {@link #view()} is what {@code memoryview(f)}
 * wraps: the bytes in place, independent of the position.
 */
public final class RomfsFileHandle implements FileHandle {
    private final ByteRegion image;
    private final long offset;
    private final long length;
    private long position;
    private boolean closed;

    RomfsFileHandle(ByteRegion image, long offset, long length) {
        this.image = image;
        this.offset = offset;
        this.length = length;
    }

    /** Offset of the file's first byte inside the image region. */
    public long imageOffset() {
        return offset;
    }

    /** The file's bytes inside the image, without copying. */
    public ByteRegion view() {
        return image.slice(offset, length);
    }

    @Override
    public int read(byte[] dst, int off, int len) throws StorageException {
        checkOpen();
        int n = (int) Math.min(len, length - position);
        if (n <= 0) {
            return 0;
        }
        image.read(offset + position, dst, off, n);
        position += n;
        return n;
    }

    @Override
    public int write(byte[] src, int off, int len) throws StorageException {
        throw new StorageException(Errno.EROFS);
    }

    /** Whence 0/1/2; past the end clamps to the size; a negative result is EINVAL. */
    @Override
    public long seek(long off, int whence) throws StorageException {
        checkOpen();
        long base;
        switch (whence) {
            case SEEK_SET: base = 0; break;
            case SEEK_CUR: base = position; break;
            case SEEK_END: base = length; break;
            default: throw new StorageException(Errno.EINVAL);
        }
        long target = base + off;
        if (target < 0) {
            throw new StorageException(Errno.EINVAL);
        }
        position = Math.min(target, length);
        return position;
    }

    @Override
    public long tell() throws StorageException {
        checkOpen();
        return position;
    }

    @Override
    public long size() {
        return length;
    }

    @Override
    public void truncate(long size) throws StorageException {
        throw new StorageException(Errno.EROFS);
    }

    @Override
    public void flush() throws StorageException {
        throw new StorageException(Errno.EROFS);
    }

    @Override
    public void close() {
        closed = true;
    }

    @Override
    public boolean isClosed() {
        return closed;
    }

    private void checkOpen() throws StorageException {
        if (closed) {
            throw new StorageException(Errno.EBADF);
        }
    }
}
