package org.mpyjvm.runtime.posix;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import org.mpyjvm.runtime.Errno;
import org.mpyjvm.runtime.StorageException;
import org.mpyjvm.runtime.fs.FileHandle;

/** An open host file. Writes go straight to the host (no buffer to lose); append mode writes at the end always. */
final class PosixFileHandle implements FileHandle {
    private final FileChannel channel;
    private final boolean readable;
    private final boolean writable;
    private final boolean append;
    private boolean closed;

    PosixFileHandle(FileChannel channel, boolean readable, boolean writable, boolean append) {
        this.channel = channel;
        this.readable = readable;
        this.writable = writable;
        this.append = append;
    }

    private void checkOpen() throws StorageException {
        if (closed) {
            throw new StorageException(Errno.EBADF, "file is closed");
        }
    }

    @Override
    public int read(byte[] dst, int off, int len) throws StorageException {
        checkOpen();
        if (!readable) {
            throw new StorageException(Errno.EBADF, "file not open for reading");
        }
        try {
            ByteBuffer buf = ByteBuffer.wrap(dst, off, len);
            while (buf.hasRemaining()) {
                if (channel.read(buf) < 0) {
                    break;
                }
            }
            return buf.position() - off;
        } catch (IOException e) {
            throw HostErrors.of(e);
        }
    }

    @Override
    public int write(byte[] src, int off, int len) throws StorageException {
        checkOpen();
        if (!writable) {
            throw new StorageException(Errno.EBADF, "file not open for writing");
        }
        try {
            if (append) {
                channel.position(channel.size());
            }
            ByteBuffer buf = ByteBuffer.wrap(src, off, len);
            while (buf.hasRemaining()) {
                channel.write(buf);
            }
            return len;
        } catch (IOException e) {
            throw HostErrors.of(e);
        }
    }

    @Override
    public long seek(long offset, int whence) throws StorageException {
        checkOpen();
        try {
            long base;
            switch (whence) {
                case SEEK_SET: base = 0; break;
                case SEEK_CUR: base = channel.position(); break;
                case SEEK_END: base = channel.size(); break;
                default: throw new StorageException(Errno.EINVAL, "bad whence " + whence);
            }
            long target = base + offset;
            if (target < 0) {
                throw new StorageException(Errno.EINVAL, "negative position");
            }
            channel.position(target);
            return target;
        } catch (IOException e) {
            throw HostErrors.of(e);
        }
    }

    @Override
    public long tell() throws StorageException {
        checkOpen();
        try {
            return channel.position();
        } catch (IOException e) {
            throw HostErrors.of(e);
        }
    }

    @Override
    public long size() throws StorageException {
        checkOpen();
        try {
            return channel.size();
        } catch (IOException e) {
            throw HostErrors.of(e);
        }
    }

    @Override
    public void truncate(long size) throws StorageException {
        checkOpen();
        if (!writable) {
            throw new StorageException(Errno.EBADF, "file not open for writing");
        }
        try {
            if (size < channel.size()) {
                channel.truncate(size);
            } else if (size > channel.size()) {
                // ftruncate extends with zeros; FileChannel.truncate cannot, a write at the new end does.
                channel.write(ByteBuffer.wrap(new byte[1]), size - 1);
            }
        } catch (IOException e) {
            throw HostErrors.of(e);
        }
    }

    @Override
    public void flush() throws StorageException {
        checkOpen();
    }

    @Override
    public void close() throws StorageException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            channel.close();
        } catch (IOException e) {
            throw HostErrors.of(e);
        }
    }

    @Override
    public boolean isClosed() {
        return closed;
    }
}
