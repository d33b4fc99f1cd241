package org.mpyjvm.language.builtins.modules;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import org.mpyjvm.language.builtins.BuiltinRegistry;
import org.mpyjvm.language.errors.Errors;
import org.mpyjvm.language.runtime.BuiltinTypes;
import org.mpyjvm.language.runtime.PyClass;
import org.mpyjvm.language.runtime.PyNone;
import org.mpyjvm.language.runtime.PyOps;
import org.mpyjvm.language.spi.Builtin;
import org.mpyjvm.language.spi.BuiltinModule;
import org.mpyjvm.language.spi.ModuleDefinition;
import org.mpyjvm.language.spi.ModuleSetup;

/**
 * io: StringIO and BytesIO ({@link MemoryStream}), and IOBase, the base class that makes a user class a stream
 * (print(file=...) then calls its write()).
 */
@BuiltinModule("io")
public final class IoModule implements ModuleDefinition {
    public static final PyClass STRING_IO = streamClass("StringIO", true);
    public static final PyClass BYTES_IO = streamClass("BytesIO", false);
    /** A plain class, so user classes derive from it with ordinary instances. */
    public static final PyClass IO_BASE = PyClass.user("IOBase", new PyClass[]{BuiltinTypes.OBJECT}, new HashMap<>());

    @Override
    public void initialize(ModuleSetup setup) {
        setup.setAttribute("StringIO", STRING_IO);
        setup.setAttribute("BytesIO", BYTES_IO);
        setup.setAttribute("IOBase", IO_BASE);
    }

    private static PyClass streamClass(String name, boolean text) {
        PyClass[] cls = new PyClass[1];
        cls[0] = BuiltinRegistry.nativeClass(name, Methods.class, (args, kw) -> {
            byte[] initial = new byte[0];
            if (args.length > 0 && !PyOps.isInt(args[0])) {
                initial = text ? str(args[0]).getBytes(StandardCharsets.UTF_8) : PyOps.bytesOf(args[0]);
            }
            return new MemoryStream(cls[0], text, initial);
        }, 0, 1, false);
        return cls[0];
    }

    private static String str(Object o) {
        if (!(o instanceof String s)) {
            throw Errors.typeError("can't convert '" + PyOps.typeName(o) + "' object to str implicitly");
        }
        return s;
    }

    private static long optSize(Object[] a) {
        return a.length > 1 && a[1] != PyNone.INSTANCE ? PyOps.asLong(a[1]) : -1;
    }

    /** The methods of StringIO and BytesIO. */
    public static final class Methods {
        private Methods() {
        }

        private static MemoryStream self(Object o) {
            return (MemoryStream) o;
        }

        @Builtin(name = "write", minArgs = 2)
        public static Object write(Object[] a) {
            MemoryStream s = self(a[0]);
            if (s.isText()) {
                String text = str(a[1]);
                s.writeText(text);
                return (long) text.codePointCount(0, text.length());
            }
            return (long) s.write(PyOps.bytesOf(a[1]));
        }

        @Builtin(name = "read", minArgs = 1, maxArgs = 2)
        public static Object read(Object[] a) {
            return self(a[0]).wrap(self(a[0]).read(optSize(a)));
        }

        @Builtin(name = "readline", minArgs = 1, maxArgs = 2)
        public static Object readline(Object[] a) {
            return self(a[0]).wrap(self(a[0]).readline(optSize(a)));
        }

        @Builtin(name = "seek", minArgs = 2, maxArgs = 3)
        public static Object seek(Object[] a) {
            return self(a[0]).seek(PyOps.asLong(a[1]), a.length > 2 ? PyOps.asLong(a[2]) : 0);
        }

        @Builtin(name = "tell", minArgs = 1)
        public static Object tell(Object[] a) {
            return self(a[0]).tell();
        }

        @Builtin(name = "getvalue", minArgs = 1)
        public static Object getvalue(Object[] a) {
            return self(a[0]).wrap(self(a[0]).value());
        }

        @Builtin(name = "flush", minArgs = 1)
        public static Object flush(Object[] a) {
            return PyNone.INSTANCE;
        }

        @Builtin(name = "close", minArgs = 1)
        public static Object close(Object[] a) {
            self(a[0]).close();
            return PyNone.INSTANCE;
        }

        @Builtin(name = "__enter__", minArgs = 1)
        public static Object enter(Object[] a) {
            return a[0];
        }

        @Builtin(name = "__exit__", minArgs = 1, maxArgs = 4)
        public static Object exit(Object[] a) {
            self(a[0]).close();
            return PyNone.INSTANCE;
        }
    }
}
