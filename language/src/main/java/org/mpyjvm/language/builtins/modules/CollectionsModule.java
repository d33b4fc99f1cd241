package org.mpyjvm.language.builtins.modules;

import java.util.ArrayList;
import java.util.List;
import org.mpyjvm.language.builtins.BuiltinRegistry;
import org.mpyjvm.language.builtins.DictMethods;
import org.mpyjvm.language.errors.Errors;
import org.mpyjvm.language.runtime.BuiltinTypes;
import org.mpyjvm.language.runtime.Instantiation;
import org.mpyjvm.language.runtime.NamedTuples;
import org.mpyjvm.language.runtime.PyBuiltinFunction;
import org.mpyjvm.language.runtime.PyClass;
import org.mpyjvm.language.runtime.PyDict;
import org.mpyjvm.language.runtime.PyNone;
import org.mpyjvm.language.runtime.PyOps;
import org.mpyjvm.language.spi.Builtin;
import org.mpyjvm.language.spi.BuiltinModule;
import org.mpyjvm.language.spi.ModuleDefinition;
import org.mpyjvm.language.spi.ModuleSetup;

/** collections: namedtuple, OrderedDict (an insertion-ordered dict) and deque. */
@BuiltinModule("collections")
public final class CollectionsModule implements ModuleDefinition {
    static final PyClass DEQUE = BuiltinRegistry.nativeClass("deque", DequeMethods.class, (args, kw) -> {
        Deque d = new Deque(CollectionsModule.DEQUE, PyOps.asLong(args[1]),
            args.length > 2 && (PyOps.asLong(args[2]) & 1) != 0);
        Object it = PyOps.iter(args[0]);
        for (Object v = PyOps.next(it); v != null; v = PyOps.next(it)) {
            d.append(v);
        }
        return d;
    }, 2, 3, false);

    static {
        Instantiation.registerConstructor(BuiltinTypes.ORDERED_DICT,
            new PyBuiltinFunction("OrderedDict", 0, 1, true, (args, kw) -> {
                PyDict d = PyDict.ordered();
                if (args.length > 0) {
                    DictMethods.update(new Object[]{d, args[0]}, kw);
                } else {
                    DictMethods.update(new Object[]{d}, kw);
                }
                return d;
            }));
    }

    @Override
    public void initialize(ModuleSetup setup) {
        setup.setAttribute("OrderedDict", BuiltinTypes.ORDERED_DICT);
        setup.setAttribute("deque", DEQUE);
    }

    /** namedtuple(name, fields): fields as a sequence of str, or one str of names separated by spaces. */
    @Builtin(name = "namedtuple", minArgs = 2)
    public static Object namedtuple(Object[] a) {
        if (!(a[0] instanceof String name)) {
            throw Errors.typeError("can't convert '" + PyOps.typeName(a[0]) + "' object to str implicitly");
        }
        List<String> fields = new ArrayList<>();
        List<Object> raw = a[1] instanceof String s ? new ArrayList<>(List.of((Object[]) s.trim().split("\\s+")))
            : PyOps.toList(a[1]);
        for (Object f : raw) {
            if (!(f instanceof String field)) {
                throw Errors.typeError("can't convert '" + PyOps.typeName(f) + "' object to str implicitly");
            }
            if (!field.isEmpty()) {
                fields.add(field);
            }
        }
        return NamedTuples.define(name, fields);
    }

    /** deque's methods. */
    public static final class DequeMethods {
        private DequeMethods() {
        }

        private static Deque self(Object o) {
            return (Deque) o;
        }

        @Builtin(name = "append", minArgs = 2)
        public static Object append(Object[] a) {
            self(a[0]).append(a[1]);
            return PyNone.INSTANCE;
        }

        @Builtin(name = "appendleft", minArgs = 2)
        public static Object appendleft(Object[] a) {
            self(a[0]).appendLeft(a[1]);
            return PyNone.INSTANCE;
        }

        @Builtin(name = "extend", minArgs = 2)
        public static Object extend(Object[] a) {
            Object it = PyOps.iter(a[1]);
            for (Object v = PyOps.next(it); v != null; v = PyOps.next(it)) {
                self(a[0]).append(v);
            }
            return PyNone.INSTANCE;
        }

        @Builtin(name = "pop", minArgs = 1)
        public static Object pop(Object[] a) {
            return self(a[0]).pop();
        }

        @Builtin(name = "popleft", minArgs = 1)
        public static Object popleft(Object[] a) {
            return self(a[0]).popLeft();
        }
    }
}
