package org.mpyjvm.language.builtins;

import java.util.List;
import org.mpyjvm.language.errors.Errors;
import org.mpyjvm.language.runtime.BuiltinTypes;
import org.mpyjvm.language.runtime.Instantiation;
import org.mpyjvm.language.runtime.PyClass;
import org.mpyjvm.language.runtime.PyInstance;
import org.mpyjvm.language.runtime.PyIterator;
import org.mpyjvm.language.runtime.PyKeywords;
import org.mpyjvm.language.runtime.PyNone;
import org.mpyjvm.language.runtime.PyOps;
import org.mpyjvm.language.runtime.PyTuple;
import org.mpyjvm.language.spi.Builtin;

/**
 * enumerate, zip, map, filter and reversed: classes in MicroPython, so calling one builds an instance of it. Each
 * instance is still a {@link PyIterator}, which keeps the for-loop and {@code next()} fast paths.
 */
public final class IteratorClasses {
    private IteratorClasses() {
    }

    static void registerConstructors() {
        for (var e : BuiltinRegistry.functionsOf(IteratorClasses.class, null).entrySet()) {
            PyClass type = switch (e.getKey()) {
                case "enumerate" -> BuiltinTypes.ENUMERATE;
                case "zip" -> BuiltinTypes.ZIP;
                case "map" -> BuiltinTypes.MAP;
                case "filter" -> BuiltinTypes.FILTER;
                case "reversed" -> BuiltinTypes.REVERSED;
                default -> throw new IllegalStateException(e.getKey());
            };
            Instantiation.registerConstructor(type, e.getValue());
        }
        for (PyClass type : new PyClass[]{BuiltinTypes.ITERATOR, BuiltinTypes.ENUMERATE, BuiltinTypes.ZIP,
            BuiltinTypes.MAP, BuiltinTypes.FILTER, BuiltinTypes.REVERSED}) {
            BuiltinRegistry.functionsOf(Protocol.class, null).forEach(type.getDict()::put);
        }
    }

    /** The iterator protocol as a method: MicroPython's builtin iterators answer {@code it.__next__()}. */
    public static final class Protocol {
        private Protocol() {
        }

        @Builtin(name = "__next__", minArgs = 1)
        public static Object next(Object[] a) {
            if (!(a[0] instanceof PyIterator it)) {
                throw Errors.typeError("argument has wrong type");
            }
            Object v = it.nextOrNull();
            if (v == null) {
                throw Errors.stopIteration();
            }
            return v;
        }
    }

    @Builtin(name = "enumerate", minArgs = 0, maxArgs = 2, keywords = true)
    public static Object enumerate(Object[] a, PyKeywords kw) {
        // py/objenumerate.c parses (iterable, start=0) with mp_arg_parse_all, so both may be given by keyword
        Object iterable = a.length > 0 ? a[0] : kw.get("iterable");
        if (iterable == null) {
            throw Errors.typeError("'iterable' argument required");
        }
        Object startArg = a.length > 1 ? a[1] : kw.get("start");
        return new Enumerate(PyOps.iter(iterable), startArg == null ? 0 : PyOps.asLong(startArg));
    }

    @Builtin(name = "zip", minArgs = 0, maxArgs = Integer.MAX_VALUE)
    public static Object zip(Object[] a) {
        Object[] its = new Object[a.length];
        for (int i = 0; i < a.length; i++) {
            its[i] = PyOps.iter(a[i]);
        }
        return new Zip(its);
    }

    @Builtin(name = "map", minArgs = 2, maxArgs = Integer.MAX_VALUE)
    public static Object map(Object[] a) {
        Object[] its = new Object[a.length - 1];
        for (int i = 1; i < a.length; i++) {
            its[i - 1] = PyOps.iter(a[i]);
        }
        return new MapIterator(a[0], new Zip(its));
    }

    @Builtin(name = "filter", minArgs = 2)
    public static Object filter(Object[] a) {
        return new Filter(a[0], PyOps.iter(a[1]));
    }

    @Builtin(name = "reversed", minArgs = 1)
    public static Object reversed(Object[] a) {
        if (a[0] instanceof PyInstance) {
            Object m = PyOps.typeOf(a[0]).lookup("__reversed__");
            if (m != null) {
                return PyOps.callMethod(m, a[0]);
            }
        }
        PyOps.len(a[0]); // py/objreversed.c asks for the length first: reversed(5) has "no len()"
        return new Reversed(PyOps.toList(a[0]));
    }

    private static final class Enumerate extends PyIterator {
        private final Object source;
        private long index;

        Enumerate(Object source, long start) {
            this.source = source;
            this.index = start;
        }

        @Override
        public Object nextOrNull() {
            Object v = PyOps.next(source);
            return v == null ? null : PyTuple.of(index++, v);
        }

        @Override
        public PyClass getPyClass() {
            return BuiltinTypes.ENUMERATE;
        }
    }

    private static final class Zip extends PyIterator {
        private final Object[] sources;

        Zip(Object[] sources) {
            this.sources = sources;
        }

        @Override
        public Object nextOrNull() {
            if (sources.length == 0) {
                return null;
            }
            Object[] row = new Object[sources.length];
            for (int i = 0; i < sources.length; i++) {
                row[i] = PyOps.next(sources[i]);
                if (row[i] == null) {
                    return null;
                }
            }
            return new PyTuple(row);
        }

        /** The next row as a bare array, for map, which passes it straight on as call arguments. */
        Object[] nextRow() {
            Object row = nextOrNull();
            return row == null ? null : ((PyTuple) row).items();
        }

        @Override
        public PyClass getPyClass() {
            return BuiltinTypes.ZIP;
        }
    }

    private static final class MapIterator extends PyIterator {
        private final Object function;
        private final Zip rows;

        MapIterator(Object function, Zip rows) {
            this.function = function;
            this.rows = rows;
        }

        @Override
        public Object nextOrNull() {
            Object[] row = rows.nextRow();
            return row == null ? null : PyOps.call(function, row, null);
        }

        @Override
        public PyClass getPyClass() {
            return BuiltinTypes.MAP;
        }
    }

    private static final class Filter extends PyIterator {
        private final Object function;
        private final Object source;

        Filter(Object function, Object source) {
            this.function = function;
            this.source = source;
        }

        @Override
        public Object nextOrNull() {
            for (Object v = PyOps.next(source); v != null; v = PyOps.next(source)) {
                Object test = function == PyNone.INSTANCE ? v : PyOps.call(function, new Object[]{v}, null);
                if (PyOps.isTrue(test)) {
                    return v;
                }
            }
            return null;
        }

        @Override
        public PyClass getPyClass() {
            return BuiltinTypes.FILTER;
        }
    }

    /** Walks a snapshot of the sequence from its end. */
    private static final class Reversed extends PyIterator {
        private final List<Object> items;
        private int index;

        Reversed(List<Object> items) {
            this.items = items;
            this.index = items.size();
        }

        @Override
        public Object nextOrNull() {
            return index > 0 ? items.get(--index) : null;
        }

        @Override
        public PyClass getPyClass() {
            return BuiltinTypes.REVERSED;
        }
    }
}
