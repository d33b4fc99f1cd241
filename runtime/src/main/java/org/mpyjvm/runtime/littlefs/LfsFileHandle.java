package org.mpyjvm.runtime.littlefs;

import java.util.function.LongSupplier;
import org.mpyjvm.runtime.Errno;
import org.mpyjvm.runtime.StorageException;
import org.mpyjvm.runtime.fs.FileHandle;

/**
 * {@code vfs_lfsx_file.c}: a littlefs file behind the VFS file protocol. With mtime enabled every write refreshes
 * the attribute buffer that littlefs commits on flush/close. Operations on a closed handle raise EBADF here; the
 * Python layer turns that into MicroPython's {@code ValueError()}.
 */
final class LfsFileHandle implements FileHandle {
    private final LfsFile file;
    private final LongSupplier clock;
    private final LittleFsFilesystem readOnlyOwner;

    LfsFileHandle(LfsFile file, LongSupplier clock, LittleFsFilesystem readOnlyOwner) {
        this.file = file;
        this.clock = clock;
        this.readOnlyOwner = readOnlyOwner;
    }

    private void open() throws StorageException {
        if (file.isClosed()) {
            throw new StorageException(Errno.EBADF, "I/O operation on closed file");
        }
    }

    @Override
    public int read(byte[] dst, int off, int len) throws StorageException {
        open();
        return file.read(dst, off, len);
    }

    @Override
    public int write(byte[] src, int off, int len) throws StorageException {
        open();
        if (readOnlyOwner != null) {
            readOnlyOwner.checkWritable();
        }
        if (clock != null && file.attribute() != null) {
            LittleFsFilesystem.putLong(file.attribute(), clock.getAsLong());
        }
        return file.write(src, off, len);
    }

    @Override
    public long seek(long offset, int whence) throws StorageException {
        open();
        long base = switch (whence) {
            case SEEK_SET -> 0;
            case SEEK_CUR -> file.tell();
            case SEEK_END -> file.currentSize();
            default -> throw new StorageException(Errno.EINVAL);
        };
        return file.seek(base + offset);
    }

    @Override
    public long tell() throws StorageException {
        open();
        return file.tell();
    }

    @Override
    public long size() throws StorageException {
        open();
        return file.currentSize();
    }

    @Override
    public void truncate(long size) throws StorageException {
        open();
        file.truncate(size);
    }

    @Override
    public void flush() throws StorageException {
        open();
        file.sync();
    }

    @Override
    public void close() throws StorageException {
        file.close();
    }

    @Override
    public boolean isClosed() {
        return file.isClosed();
    }
}
