package org.mpyjvm.language.builtins.modules.uctypes;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import org.mpyjvm.language.builtins.BuiltinRegistry;
import org.mpyjvm.language.common.GuestError;
import org.mpyjvm.language.errors.Errors;
import org.mpyjvm.language.format.IntText;
import org.mpyjvm.language.runtime.Buffer;
import org.mpyjvm.language.runtime.BufferProvider;
import org.mpyjvm.language.runtime.BuiltinTypes;
import org.mpyjvm.language.runtime.ByteArrayBuffer;
import org.mpyjvm.language.runtime.PyByteArray;
import org.mpyjvm.language.runtime.PyBytes;
import org.mpyjvm.language.runtime.PyClass;
import org.mpyjvm.language.runtime.PyOps;
import org.mpyjvm.language.spi.Builtin;
import org.mpyjvm.language.spi.BuiltinModule;
import org.mpyjvm.language.spi.ModuleDefinition;
import org.mpyjvm.language.spi.ModuleSetup;

/**
 * uctypes: C structures over memory (extmod/moductypes.c). Addresses are those of the run's simulated
 * {@link AddressSpace}: {@code addressof} gives buffer objects stable fake addresses, and {@code struct},
 * {@code bytes_at} and {@code bytearray_at} reach memory only through them.
 */
@BuiltinModule("uctypes")
public final class UctypesModule implements ModuleDefinition {
    private final AddressSpace space = new AddressSpace();
    /** str has the buffer protocol too: its UTF-8 bytes, one read-only copy per string while it lives. */
    private final Map<String, Buffer> textMemory = Collections.synchronizedMap(new WeakHashMap<>());
    private PyClass structClass;

    @Override
    public void initialize(ModuleSetup setup) {
        structClass = BuiltinRegistry.nativeClass("struct", StructMethods.class, (args, kw) -> newStruct(args),
            2, 3, false);
        setup.setAttribute("struct", structClass);
        setup.setAttribute("NATIVE", (long) Encoding.NATIVE);
        setup.setAttribute("LITTLE_ENDIAN", (long) Encoding.LITTLE_ENDIAN);
        setup.setAttribute("BIG_ENDIAN", (long) Encoding.BIG_ENDIAN);
        setup.setAttribute("VOID", Encoding.valueConstant(Encoding.UINT8));
        String[] valueNames = {"UINT8", "INT8", "UINT16", "INT16", "UINT32", "INT32", "UINT64", "INT64",
            "BFUINT8", "BFINT8", "BFUINT16", "BFINT16", "BFUINT32", "BFINT32", "FLOAT32", "FLOAT64"};
        for (int type = 0; type < valueNames.length; type++) {
            setup.setAttribute(valueNames[type], Encoding.valueConstant(type));
        }
        setup.setAttribute("BF_POS", (long) Encoding.BF_POS);
        setup.setAttribute("BF_LEN", (long) Encoding.BF_LEN);
        // C type aliases of the 64-bit unix build (LP64: long is 8 bytes).
        setup.setAttribute("SHORT", Encoding.valueConstant(Encoding.INT16));
        setup.setAttribute("USHORT", Encoding.valueConstant(Encoding.UINT16));
        setup.setAttribute("INT", Encoding.valueConstant(Encoding.INT32));
        setup.setAttribute("UINT", Encoding.valueConstant(Encoding.UINT32));
        setup.setAttribute("LONG", Encoding.valueConstant(Encoding.INT64));
        setup.setAttribute("ULONG", Encoding.valueConstant(Encoding.UINT64));
        setup.setAttribute("LONGLONG", Encoding.valueConstant(Encoding.INT64));
        setup.setAttribute("ULONGLONG", Encoding.valueConstant(Encoding.UINT64));
        setup.setAttribute("PTR", Encoding.aggregateConstant(Encoding.PTR));
        setup.setAttribute("ARRAY", Encoding.aggregateConstant(Encoding.ARRAY));
    }

    /** struct(addr, descriptor, layout_type=NATIVE). */
    private Object newStruct(Object[] a) {
        long address = address(a[0]);
        int layout = a.length > 2 ? (int) PyOps.asLong(a[2]) : Encoding.NATIVE;
        return new ForeignStruct(structClass, space, a[1], address, layout);
    }

    /** An address or size argument: any int, truncated to the machine word as MicroPython does. */
    private static long address(Object o) {
        return Scalars.truncatedInt(o);
    }

    @Builtin(name = "sizeof", minArgs = 1, maxArgs = 2)
    public Object sizeof(Object[] a) {
        Object target = a[0];
        if (target instanceof PyByteArray b && b.getPyClass() == BuiltinTypes.BYTEARRAY) {
            return (long) b.length();
        }
        if (target instanceof ForeignStruct s) {
            if (a.length != 1) {
                throw Errors.create(BuiltinTypes.TYPE_ERROR, null);
            }
            return DescriptorSize.of(s.descriptor(), s.layout());
        }
        int layout = a.length > 1 ? (int) PyOps.asLong(a[1]) : Encoding.NATIVE;
        return DescriptorSize.of(target, layout);
    }

    @Builtin(name = "addressof", minArgs = 1)
    public Object addressof(Object[] a) {
        return space.addressOf(bufferOf(a[0]));
    }

    private Buffer bufferOf(Object o) {
        if (o instanceof String s) {
            return textMemory.computeIfAbsent(s, k -> {
                byte[] utf8 = k.getBytes(StandardCharsets.UTF_8);
                return new ByteArrayBuffer(utf8, 0, utf8.length, true);
            });
        }
        if (o instanceof BufferProvider p) {
            return p.buffer();
        }
        throw Errors.typeError("object with buffer protocol required");
    }

    @Builtin(name = "bytes_at", minArgs = 2)
    public Object bytesAt(Object[] a) {
        long address = address(a[0]);
        long size = address(a[1]);
        if (size == 0) {
            return PyBytes.EMPTY;
        }
        Buffer w = space.window(address, size);
        return new PyBytes(w.copy(0, w.length()));
    }

    @Builtin(name = "bytearray_at", minArgs = 2)
    public Object bytearrayAt(Object[] a) {
        long address = address(a[0]);
        long size = address(a[1]);
        if (size == 0) {
            return new PyByteArray(new byte[0]);
        }
        return PyByteArray.aliasing(space.window(address, size));
    }

    AddressSpace addressSpace() {
        return space;
    }

    /** The struct class's methods. */
    public static final class StructMethods {
        private StructMethods() {
        }

        @Builtin(name = "__repr__", minArgs = 1)
        public static Object repr(Object[] a) {
            return ((ForeignStruct) a[0]).repr();
        }

        /** int(ptr) is the address it holds; any other struct is parsed as text, MicroPython's buffer fallback. */
        @Builtin(name = "__int__", minArgs = 1)
        public static Object toInt(Object[] a) {
            ForeignStruct s = (ForeignStruct) a[0];
            if (s.isPointer()) {
                return s.pointerValue();
            }
            try {
                return PyOps.normalize(IntText.parse(PyOps.bytesOf(s), 10));
            } catch (GuestError e) {
                throw Errors.fromGuestError(e);
            }
        }
    }
}
