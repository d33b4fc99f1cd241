package org.mpyjvm.language.builtins.modules;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import org.mpyjvm.language.errors.Errors;
import org.mpyjvm.language.runtime.Buffer;
import org.mpyjvm.language.runtime.BufferProvider;
import org.mpyjvm.language.runtime.ByteArrayBuffer;
import org.mpyjvm.language.runtime.PyClass;
import org.mpyjvm.language.runtime.PyItemAccess;
import org.mpyjvm.language.runtime.PyIterable;
import org.mpyjvm.language.runtime.PyIterator;
import org.mpyjvm.language.runtime.PyObject;
import org.mpyjvm.language.runtime.PyOps;
import org.mpyjvm.language.runtime.PySized;
import org.mpyjvm.language.runtime.PySlice;

/**
 * array.array (py/objarray.c): packed native-endian items of one typecode (b B h H i I l L q Q f d, sizes of the
 * 64-bit unix port), exposing the buffer protocol. Stores truncate ints to the item size, as MicroPython does;
 * slices are copies and only step 1 is supported.
 */
final class PyArray implements PyObject, PySized, PyIterable, PyItemAccess, BufferProvider {
    private final PyClass type;
    private final char typecode;
    private final int itemSize;
    private byte[] data;
    private int count;

    PyArray(PyClass type, char typecode) {
        this.type = type;
        this.typecode = typecode;
        this.itemSize = sizeOf(typecode);
        this.data = new byte[0];
    }

    static int sizeOf(char typecode) {
        return switch (typecode) {
            case 'b', 'B' -> 1;
            case 'h', 'H' -> 2;
            case 'i', 'I', 'f' -> 4;
            case 'l', 'L', 'q', 'Q', 'd' -> 8;
            default -> throw Errors.valueError("bad typecode");
        };
    }

    @Override
    public PyClass getPyClass() {
        return type;
    }

    char typecode() {
        return typecode;
    }

    @Override
    public char bufferFormat() {
        return typecode;
    }

    @Override
    public long length() {
        return count;
    }

    private ByteBuffer view() {
        return ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN);
    }

    Object get(int i) {
        ByteBuffer b = view();
        int at = i * itemSize;
        return switch (typecode) {
            case 'b' -> (long) b.get(at);
            case 'B' -> (long) (b.get(at) & 0xff);
            case 'h' -> (long) b.getShort(at);
            case 'H' -> (long) (b.getShort(at) & 0xffff);
            case 'i' -> (long) b.getInt(at);
            case 'I' -> b.getInt(at) & 0xffffffffL;
            case 'f' -> (double) b.getFloat(at);
            case 'd' -> b.getDouble(at);
            case 'Q', 'L' -> PyOps.normalize(new java.math.BigInteger(Long.toUnsignedString(b.getLong(at))));
            default -> b.getLong(at);
        };
    }

    void set(int i, Object value) {
        ByteBuffer b = view();
        int at = i * itemSize;
        if (typecode == 'f' || typecode == 'd') {
            double d = PyOps.toDouble(value);
            if (typecode == 'f') {
                b.putFloat(at, (float) d);
            } else {
                b.putDouble(at, d);
            }
            return;
        }
        if (!PyOps.isInt(value)) {
            throw Errors.typeError("can't convert " + PyOps.typeName(value) + " to int");
        }
        long v = PyOps.big(value).longValue();
        switch (itemSize) {
            case 1 -> b.put(at, (byte) v);
            case 2 -> b.putShort(at, (short) v);
            case 4 -> b.putInt(at, (int) v);
            default -> b.putLong(at, v);
        }
    }

    void append(Object value) {
        if ((count + 1) * itemSize > data.length) {
            data = Arrays.copyOf(data, Math.max(itemSize * 4, data.length * 2));
        }
        count++;
        set(count - 1, value);
    }

    /** Appends the bytes of another buffer (an array of the same kind or a bytes-like initialiser). */
    void appendBytes(byte[] more) {
        int whole = more.length / itemSize * itemSize;
        data = Arrays.copyOf(data, count * itemSize + whole);
        System.arraycopy(more, 0, data, count * itemSize, whole);
        count += whole / itemSize;
    }

    @Override
    public Object getItem(Object index) {
        if (index instanceof PySlice s) {
            long[] r = PyOps.sliceIndices(s, count);
            if (r[2] != 1) {
                throw Errors.notImplemented("only slices with step=1 (aka None) are supported");
            }
            PyArray out = new PyArray(type, typecode);
            int from = (int) r[0];
            int n = (int) Math.max(0, r[3]);
            out.appendBytes(Arrays.copyOfRange(data, from * itemSize, (from + n) * itemSize));
            return out;
        }
        return get(PyOps.normalizeIndex(index, count, "array"));
    }

    @Override
    public void setItem(Object index, Object value) {
        set(PyOps.normalizeIndex(index, count, "array"), value);
    }

    @Override
    public PyIterator iterator() {
        return new PyIterator() {
            private int i;

            @Override
            public Object nextOrNull() {
                return i < count ? get(i++) : null;
            }
        };
    }

    @Override
    public Buffer buffer() {
        return new ByteArrayBuffer(data, 0, count * itemSize, false);
    }

    String repr() {
        if (count == 0) {
            return "array('" + typecode + "')";
        }
        StringBuilder sb = new StringBuilder("array('").append(typecode).append("', [");
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(PyOps.repr(get(i)));
        }
        return sb.append("])").toString();
    }
}
