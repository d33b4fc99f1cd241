package org.mpyjvm.language.builtins.modules;

import java.util.ArrayList;
import java.util.List;
import org.mpyjvm.language.algorithms.StructCodec;
import org.mpyjvm.language.errors.Errors;
import org.mpyjvm.language.runtime.Buffer;
import org.mpyjvm.language.runtime.BufferProvider;
import org.mpyjvm.language.runtime.PyBytes;
import org.mpyjvm.language.runtime.PyNone;
import org.mpyjvm.language.runtime.PyOps;
import org.mpyjvm.language.runtime.PyTuple;
import org.mpyjvm.language.spi.Builtin;
import org.mpyjvm.language.spi.BuiltinModule;
import org.mpyjvm.language.spi.ModuleDefinition;

/** struct: calcsize, pack, pack_into, unpack, unpack_from over lang-pure's {@link StructCodec} (64-bit unix sizes). */
@BuiltinModule("struct")
public final class StructModule implements ModuleDefinition {
    private static final StructCodec CODEC = StructCodec.UNIX;

    private static String format(Object o) {
        if (o instanceof String s) {
            return s;
        }
        if (o instanceof PyBytes b) {
            return new String(b.bytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        throw Errors.typeError("can't convert '" + PyOps.typeName(o) + "' object to str implicitly");
    }

    /** Guest values as the codec takes them: bytes-likes become byte[]. */
    private static List<Object> values(Object[] a, int from) {
        List<Object> out = new ArrayList<>(a.length - from);
        for (int i = from; i < a.length; i++) {
            Object v = a[i];
            out.add(v instanceof BufferProvider && !(v instanceof String) ? PyOps.bytesOf(v) : v);
        }
        return out;
    }

    private static Object guest(List<Object> items) {
        Object[] out = new Object[items.size()];
        for (int i = 0; i < out.length; i++) {
            Object v = items.get(i);
            out[i] = v instanceof byte[] b ? new PyBytes(b) : v instanceof java.math.BigInteger big
                ? PyOps.normalize(big) : v;
        }
        return new PyTuple(out);
    }

    @Builtin(name = "calcsize", minArgs = 1)
    public static Object calcsize(Object[] a) {
        return (long) CODEC.calcsize(format(a[0]));
    }

    @Builtin(name = "pack", minArgs = 1, maxArgs = Integer.MAX_VALUE)
    public static Object pack(Object[] a) {
        return new PyBytes(CODEC.pack(format(a[0]), values(a, 1), PyOps::typeName));
    }

    /** pack_into(fmt, buffer, offset, *values): packs into a copy, then writes the bytes through the buffer. */
    @Builtin(name = "pack_into", minArgs = 3, maxArgs = Integer.MAX_VALUE)
    public static Object packInto(Object[] a) {
        if (!(a[1] instanceof BufferProvider provider)) {
            throw Errors.typeError("object with buffer protocol required");
        }
        Buffer buffer = provider.buffer();
        if (buffer.isReadOnly()) {
            throw Errors.typeError("object with buffer protocol required");
        }
        byte[] data = buffer.copy(0, buffer.length());
        CODEC.packInto(format(a[0]), data, PyOps.asLong(a[2]), values(a, 3), PyOps::typeName);
        for (int i = 0; i < data.length; i++) {
            if (buffer.get(i) != (data[i] & 0xff)) {
                buffer.set(i, data[i]);
            }
        }
        return PyNone.INSTANCE;
    }

    @Builtin(name = "unpack", minArgs = 2)
    public static Object unpack(Object[] a) {
        return guest(CODEC.unpack(format(a[0]), PyOps.bytesOf(a[1])));
    }

    @Builtin(name = "unpack_from", minArgs = 2, maxArgs = 3)
    public static Object unpackFrom(Object[] a) {
        return guest(CODEC.unpackFrom(format(a[0]), PyOps.bytesOf(a[1]), a.length > 2 ? PyOps.asLong(a[2]) : 0));
    }
}
