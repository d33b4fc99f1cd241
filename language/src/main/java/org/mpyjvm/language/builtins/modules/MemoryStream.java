package org.mpyjvm.language.builtins.modules;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.mpyjvm.language.errors.Errors;
import org.mpyjvm.language.runtime.PyBytes;
import org.mpyjvm.language.runtime.PyClass;
import org.mpyjvm.language.runtime.PyIterable;
import org.mpyjvm.language.runtime.PyIterator;
import org.mpyjvm.language.runtime.PyObject;
import org.mpyjvm.language.runtime.PyStream;

/**
 * io.StringIO and io.BytesIO (extmod's stringio): a growable byte buffer with a position. StringIO holds its text
 * as UTF-8, as MicroPython does, so sizes and positions count bytes. Writing at a position overwrites and extends.
 */
final class MemoryStream implements PyObject, PyStream, PyIterable {
    private final PyClass type;
    private final boolean text;
    private byte[] data;
    private int size;
    private int pos;
    private boolean closed;

    MemoryStream(PyClass type, boolean text, byte[] initial) {
        this.type = type;
        this.text = text;
        this.data = initial.clone();
        this.size = initial.length;
    }

    @Override
    public PyClass getPyClass() {
        return type;
    }

    private void checkOpen() {
        if (closed) {
            throw Errors.valueError("I/O operation on closed file");
        }
    }

    Object wrap(byte[] b) {
        return text ? new String(b, StandardCharsets.UTF_8) : new PyBytes(b);
    }

    boolean isText() {
        return text;
    }

    int write(byte[] b) {
        checkOpen();
        int end = pos + b.length;
        if (end > data.length) {
            data = Arrays.copyOf(data, Math.max(end, data.length * 2));
        }
        if (pos > size) {
            Arrays.fill(data, size, pos, (byte) 0);
        }
        System.arraycopy(b, 0, data, pos, b.length);
        pos = end;
        size = Math.max(size, end);
        return b.length;
    }

    @Override
    public void writeText(String s) {
        write(s.getBytes(StandardCharsets.UTF_8));
    }

    /** read(n): up to n bytes from the position (all when n < 0). */
    byte[] read(long n) {
        checkOpen();
        int available = Math.max(0, size - pos);
        int count = n < 0 ? available : (int) Math.min(n, available);
        byte[] out = Arrays.copyOfRange(data, Math.min(pos, size), Math.min(pos, size) + count);
        pos += count;
        return out;
    }

    /** readline(n): through the next newline, at most n bytes when n >= 0. */
    byte[] readline(long limit) {
        checkOpen();
        int start = Math.min(pos, size);
        int end = start;
        while (end < size && (limit < 0 || end - start < limit)) {
            if (data[end++] == '\n') {
                break;
            }
        }
        pos = end;
        return Arrays.copyOfRange(data, start, end);
    }

    long seek(long offset, long whence) {
        checkOpen();
        long base = whence == 1 ? pos : whence == 2 ? size : 0;
        long target = base + offset;
        pos = (int) Math.max(0, Math.min(Integer.MAX_VALUE, target));
        return pos;
    }

    long tell() {
        checkOpen();
        return pos;
    }

    byte[] value() {
        checkOpen();
        return Arrays.copyOf(data, size);
    }

    void close() {
        closed = true;
    }

    @Override
    public PyIterator iterator() {
        return new PyIterator() {
            @Override
            public Object nextOrNull() {
                byte[] line = readline(-1);
                return line.length == 0 ? null : wrap(line);
            }
        };
    }
}
