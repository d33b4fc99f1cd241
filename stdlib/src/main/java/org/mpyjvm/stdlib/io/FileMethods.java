package org.mpyjvm.stdlib.io;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.mpyjvm.language.errors.Errors;
import org.mpyjvm.language.errors.PyException;
import org.mpyjvm.language.runtime.Buffer;
import org.mpyjvm.language.runtime.PyBytes;
import org.mpyjvm.language.runtime.PyList;
import org.mpyjvm.language.runtime.PyNone;
import org.mpyjvm.language.runtime.PyOps;
import org.mpyjvm.language.spi.Builtin;
import org.mpyjvm.runtime.Errno;
import org.mpyjvm.runtime.StorageException;
import org.mpyjvm.runtime.fs.FileHandle;
import org.mpyjvm.stdlib.bridge.Args;
import org.mpyjvm.stdlib.bridge.Buffers;
import org.mpyjvm.stdlib.bridge.OsErrors;

/**
 * The file-object API of os.md 2.2 ({@code args[0]} is the {@link FileObject}): read, read(n), readinto, readline,
 * readlines, iteration, write, seek(offset, whence) returning the new position, tell, flush, close (idempotent),
 * and the context manager. Text files count characters of UTF-8; binary files count bytes.
 */
public final class FileMethods {
    private static final int CHUNK = 4096;

    private static FileObject self(Object o) {
        return (FileObject) o;
    }

    /** A storage failure as the file's filesystem reports it: littlefs's closed file is {@code ValueError()}. */
    private static PyException error(FileObject f, StorageException e) {
        if (e.errno() == Errno.EBADF && f.fsType().equals("VfsLfs2")) {
            return OsErrors.closedFile();
        }
        return OsErrors.of(e);
    }

    private interface Io<T> {
        T run() throws StorageException;
    }

    private static <T> T io(FileObject f, Io<T> body) {
        try {
            return body.run();
        } catch (StorageException e) {
            throw error(f, e);
        }
    }

    private static Object result(FileObject f, byte[] data) {
        return f.binary() ? new PyBytes(data) : new String(data, StandardCharsets.UTF_8);
    }

    @Builtin(name = "read", minArgs = 1, maxArgs = 2)
    public Object read(Object[] a) {
        FileObject f = self(a[0]);
        long n = a.length > 1 && !Args.isNone(a[1]) ? Args.toLong(a[1]) : -1;
        return io(f, () -> {
            FileHandle h = f.handle();
            if (n < 0) {
                return result(f, readAll(h));
            }
            if (f.binary()) {
                return result(f, readBytes(h, (int) Math.min(n, Integer.MAX_VALUE)));
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (long i = 0; i < n; i++) {
                if (!readChar(h, out)) {
                    break;
                }
            }
            return result(f, out.toByteArray());
        });
    }

    private static byte[] readAll(FileHandle h) throws StorageException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] chunk = new byte[CHUNK];
        for (int got = h.read(chunk, 0, CHUNK); got > 0; got = h.read(chunk, 0, CHUNK)) {
            out.write(chunk, 0, got);
        }
        return out.toByteArray();
    }

    private static byte[] readBytes(FileHandle h, int n) throws StorageException {
        byte[] buf = new byte[n];
        int done = 0;
        while (done < n) {
            int got = h.read(buf, done, n - done);
            if (got <= 0) {
                break;
            }
            done += got;
        }
        return done == n ? buf : java.util.Arrays.copyOf(buf, done);
    }

    /** Appends one UTF-8 character (its lead byte says how many bytes follow); false at end of file. */
    private static boolean readChar(FileHandle h, ByteArrayOutputStream out) throws StorageException {
        byte[] b = new byte[1];
        if (h.read(b, 0, 1) <= 0) {
            return false;
        }
        out.write(b[0]);
        int lead = b[0] & 0xFF;
        int more = lead >= 0xF0 ? 3 : lead >= 0xE0 ? 2 : lead >= 0xC0 ? 1 : 0;
        for (int i = 0; i < more && h.read(b, 0, 1) > 0; i++) {
            out.write(b[0]);
        }
        return true;
    }

    @Builtin(name = "readinto", minArgs = 2, maxArgs = 3)
    public Object readinto(Object[] a) {
        FileObject f = self(a[0]);
        Buffer buf = Buffers.writable(a[1]);
        int n = a.length > 2 ? (int) Math.min(Args.toLong(a[2]), buf.length()) : buf.length();
        return io(f, () -> {
            byte[] data = readBytes(f.handle(), Math.max(0, n));
            Buffers.fill(buf, 0, data, 0, data.length);
            return (long) data.length;
        });
    }

    @Builtin(name = "readline", minArgs = 1, maxArgs = 2)
    public Object readline(Object[] a) {
        FileObject f = self(a[0]);
        long limit = a.length > 1 && !Args.isNone(a[1]) ? Args.toLong(a[1]) : -1;
        return io(f, () -> result(f, line(f, limit)));
    }

    /**
     * One line including its {@code '\n'}. Reads a chunk and seeks back over what follows the newline, so a long
     * file costs few device reads; with a size limit it counts characters (text) or bytes (binary).
     */
    private static byte[] line(FileObject f, long limit) throws StorageException {
        FileHandle h = f.handle();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (limit >= 0) {
            byte[] b = new byte[1];
            for (long i = 0; i < limit; i++) {
                int before = out.size();
                if (f.binary() ? h.read(b, 0, 1) <= 0 : !readChar(h, out)) {
                    break;
                }
                if (f.binary()) {
                    out.write(b[0]);
                }
                if (out.toByteArray()[before] == '\n') {
                    break;
                }
            }
            return out.toByteArray();
        }
        byte[] chunk = new byte[256];
        while (true) {
            int got = h.read(chunk, 0, chunk.length);
            if (got <= 0) {
                return out.toByteArray();
            }
            for (int i = 0; i < got; i++) {
                if (chunk[i] == '\n') {
                    out.write(chunk, 0, i + 1);
                    if (i + 1 < got) {
                        h.seek(-(got - i - 1), FileHandle.SEEK_CUR);
                    }
                    return out.toByteArray();
                }
            }
            out.write(chunk, 0, got);
        }
    }

    @Builtin(name = "readlines", minArgs = 1)
    public Object readlines(Object[] a) {
        FileObject f = self(a[0]);
        List<Object> lines = new ArrayList<>();
        io(f, () -> {
            for (byte[] l = line(f, -1); l.length > 0; l = line(f, -1)) {
                lines.add(result(f, l));
            }
            return null;
        });
        return new PyList(lines);
    }

    @Builtin(name = "__iter__", minArgs = 1)
    public Object iter(Object[] a) {
        return a[0];
    }

    @Builtin(name = "__next__", minArgs = 1)
    public Object next(Object[] a) {
        FileObject f = self(a[0]);
        byte[] l = io(f, () -> line(f, -1));
        if (l.length == 0) {
            throw Errors.stopIteration();
        }
        return result(f, l);
    }

    @Builtin(name = "write", minArgs = 2)
    public Object write(Object[] a) {
        FileObject f = self(a[0]);
        byte[] data = Buffers.bytesOrText(a[1]);
        return io(f, () -> (long) f.handle().write(data, 0, data.length));
    }

    @Builtin(name = "seek", minArgs = 2, maxArgs = 3)
    public Object seek(Object[] a) {
        FileObject f = self(a[0]);
        long offset = Args.toLong(a[1]);
        int whence = a.length > 2 ? Args.toInt(a[2]) : FileHandle.SEEK_SET;
        return io(f, () -> f.handle().seek(offset, whence));
    }

    @Builtin(name = "tell", minArgs = 1)
    public Object tell(Object[] a) {
        FileObject f = self(a[0]);
        return io(f, () -> f.handle().tell());
    }

    @Builtin(name = "flush", minArgs = 1)
    public Object flush(Object[] a) {
        FileObject f = self(a[0]);
        io(f, () -> {
            f.handle().flush();
            return null;
        });
        return PyNone.INSTANCE;
    }

    /** Idempotent; on VfsRom a no-op (reads keep working afterwards, os.md 2.2). */
    @Builtin(name = "close", minArgs = 1)
    public Object close(Object[] a) {
        FileObject f = self(a[0]);
        if (!f.fsType().equals("VfsRom") && !f.handle().isClosed()) {
            io(f, () -> {
                f.handle().close();
                return null;
            });
        }
        return PyNone.INSTANCE;
    }

    @Builtin(name = "__enter__", minArgs = 1)
    public Object enter(Object[] a) {
        return a[0];
    }

    @Builtin(name = "__exit__", minArgs = 1, maxArgs = 4)
    public Object exit(Object[] a) {
        close(new Object[] {a[0]});
        return PyNone.INSTANCE;
    }

    /** FAT shows an address, littlefs the module-qualified name, ROMFS the bare name (os.md 2.2). */
    @Builtin(name = "__repr__", minArgs = 1)
    public Object repr(Object[] a) {
        FileObject f = self(a[0]);
        String name = f.binary() ? "FileIO" : "TextIOWrapper";
        return switch (f.fsType()) {
            case "VfsFat" -> "<io." + name + " " + PyOps.address(f) + ">";
            case "VfsRom" -> "<" + name + ">";
            default -> "<io." + name + ">";
        };
    }
}
