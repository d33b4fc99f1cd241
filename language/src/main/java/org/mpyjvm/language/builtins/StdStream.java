package org.mpyjvm.language.builtins;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.mpyjvm.language.MpyContext;
import org.mpyjvm.language.errors.Errors;
import org.mpyjvm.language.runtime.BuiltinTypes;
import org.mpyjvm.language.runtime.PyBuiltinFunction;
import org.mpyjvm.language.runtime.PyBytes;
import org.mpyjvm.language.runtime.PyClass;
import org.mpyjvm.language.runtime.PyDescriptors;
import org.mpyjvm.language.runtime.PyNone;
import org.mpyjvm.language.runtime.PyObject;
import org.mpyjvm.language.runtime.PyOps;
import org.mpyjvm.language.runtime.PyStream;
import org.mpyjvm.language.spi.Builtin;

/**
 * sys.stdin, sys.stdout and sys.stderr (MicroPython's FileIO objects on fds 0, 1, 2), each with a binary
 * {@code .buffer}. They go through the context's streams, so the launcher's stdout stays byte-identical.
 */
public final class StdStream implements PyObject, PyStream {
    static final PyClass TEXT_TYPE = streamClass("TextIOWrapper");
    static final PyClass BINARY_TYPE = streamClass("FileIO");

    static {
        // sys.stdout.buffer is a read-only attribute of the text stream only (FileIO has none, as in MicroPython)
        PyBuiltinFunction getter = new PyBuiltinFunction("buffer", 1, 1, false, (args, kw) -> self(args[0]).buffer());
        TEXT_TYPE.getDict().put("buffer", new PyDescriptors.Property(getter, PyNone.INSTANCE, PyNone.INSTANCE));
    }

    private static final long EBADF = 9;

    private final int fd;
    private final boolean binary;
    private StdStream buffer;

    StdStream(int fd, boolean binary) {
        this.fd = fd;
        this.binary = binary;
    }

    private static PyClass streamClass(String name) {
        return BuiltinRegistry.nativeClass(name, StdStream.class, null, 0, 0, false);
    }

    @Override
    public PyClass getPyClass() {
        return binary ? BINARY_TYPE : TEXT_TYPE;
    }

    private PrintStream target() {
        MpyContext ctx = MpyContext.get(null);
        if (fd == 2) {
            ctx.getOut().flush();
            return new PrintStream(ctx.getEnv().err(), true, StandardCharsets.UTF_8);
        }
        return ctx.getOut();
    }

    @Override
    public void writeText(String text) {
        write(text.getBytes(StandardCharsets.UTF_8));
    }

    private void write(byte[] data) {
        if (fd == 0) {
            throw Errors.createWithArgs(BuiltinTypes.OS_ERROR, EBADF); // stdin is open for reading only
        }
        PrintStream out = target();
        out.write(data, 0, data.length);
        if (fd == 2) {
            out.flush();
        }
    }

    private static StdStream self(Object o) {
        return (StdStream) o;
    }

    /**
     * Text and binary streams alike take str (as UTF-8) or any buffer, and return the number of bytes written, as
     * MicroPython's stream write does ({@code sys.stdout.write("\u20ac")} is 3).
     */
    @Builtin(name = "write", minArgs = 2)
    public static Object write(Object[] a) {
        StdStream s = self(a[0]);
        byte[] data = a[1] instanceof String text ? text.getBytes(StandardCharsets.UTF_8) : PyOps.bytesOf(a[1]);
        s.write(data);
        return (long) data.length;
    }

    @Builtin(name = "__repr__", minArgs = 1)
    public static Object repr(Object[] a) {
        StdStream s = self(a[0]);
        return "<io." + s.getPyClass().getName() + " " + s.fd + ">";
    }

    @Builtin(name = "flush", minArgs = 1)
    public static Object flush(Object[] a) {
        if (self(a[0]).fd != 0) {
            self(a[0]).target().flush();
        }
        return PyNone.INSTANCE;
    }

    @Builtin(name = "read", minArgs = 1, maxArgs = 2)
    public static Object read(Object[] a) {
        long n = a.length > 1 && a[1] != PyNone.INSTANCE ? PyOps.asLong(a[1]) : -1;
        return self(a[0]).input(n, false);
    }

    @Builtin(name = "readline", minArgs = 1, maxArgs = 2)
    public static Object readline(Object[] a) {
        long n = a.length > 1 && a[1] != PyNone.INSTANCE ? PyOps.asLong(a[1]) : -1;
        return self(a[0]).input(n, true);
    }

    private Object input(long limit, boolean line) {
        MpyContext ctx = MpyContext.get(null);
        ctx.getOut().flush();
        InputStream in = ConsoleInputReadiness.input(ctx.getEnv().in());
        java.io.ByteArrayOutputStream got = new java.io.ByteArrayOutputStream();
        try {
            int c;
            while ((limit < 0 || got.size() < limit) && (c = in.read()) >= 0) {
                got.write(c);
                if (line && c == '\n') {
                    break;
                }
            }
        } catch (IOException e) {
            throw Errors.create(BuiltinTypes.OS_ERROR, e.getMessage());
        }
        byte[] b = got.toByteArray();
        return binary ? new PyBytes(b) : new String(b, StandardCharsets.UTF_8);
    }

    @Builtin(name = "fileno", minArgs = 1)
    public static Object fileno(Object[] a) {
        return (long) self(a[0]).fd;
    }

    /** The file descriptor (0, 1 or 2), for select.poll. */
    public int fd() {
        return fd;
    }

    /**
     * The stream's binary counterpart, sys.stdout.buffer: the same fd, so text and binary writes reach the same
     * PrintStream in program order; one object per stream, so {@code sys.stdout.buffer is sys.stdout.buffer}.
     */
    StdStream buffer() {
        if (buffer == null) {
            buffer = new StdStream(fd, true);
        }
        return buffer;
    }
}
