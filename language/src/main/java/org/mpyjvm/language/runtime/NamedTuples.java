package org.mpyjvm.language.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import java.util.HashMap;
import java.util.List;
import org.mpyjvm.language.errors.Errors;

/**
 * collections.namedtuple classes (py/objnamedtuple.c): a tuple subclass whose fields read by name, whose
 * constructor takes the fields by position or keyword, and whose repr is {@code Name(a=1, b=2)}. sys.implementation
 * is one too, of an anonymous class printed without a name, like MicroPython's attrtuple.
 */
public final class NamedTuples {
    private NamedTuples() {
    }

    private static final String FIELDS = "_fields";

    /** A new namedtuple class; {@code name} null makes an attrtuple-style class (repr without a name). */
    @TruffleBoundary
    public static PyClass define(String name, List<String> fields) {
        PyClass cls = new PyClass(name == null ? "" : name, new PyClass[]{BuiltinTypes.TUPLE}, new HashMap<>(), true);
        cls.getDict().put(FIELDS, new PyTuple(fields.toArray()));
        for (int i = 0; i < fields.size(); i++) {
            final int index = i;
            PyBuiltinFunction getter = new PyBuiltinFunction(fields.get(i), 1, 1, false,
                (args, kw) -> ((PyTuple) args[0]).get(index));
            cls.getDict().put(fields.get(i), new PyDescriptors.Property(getter, PyNone.INSTANCE, PyNone.INSTANCE));
        }
        Instantiation.registerConstructor(cls, new PyBuiltinFunction(cls.getName(), 0, fields.size(), true,
            (args, kw) -> make(cls, fields, args, kw)));
        return cls;
    }

    /** An instance from positional and keyword field values; every field must be given exactly once. */
    @TruffleBoundary
    public static PyTuple make(PyClass cls, List<String> fields, Object[] args, PyKeywords kw) {
        Object[] items = new Object[fields.size()];
        System.arraycopy(args, 0, items, 0, args.length);
        for (int i = 0; i < kw.size(); i++) {
            int at = fields.indexOf(kw.names()[i]);
            if (at < 0) {
                throw Errors.typeError("unexpected keyword argument '" + kw.names()[i] + "'");
            }
            if (items[at] != null) {
                throw Errors.typeError("function got multiple values for argument '" + kw.names()[i] + "'");
            }
            items[at] = kw.values()[i];
        }
        for (Object item : items) {
            if (item == null) {
                throw Errors.typeError("function missing required positional argument #" + (args.length + 1));
            }
        }
        return new PyTuple(cls, items);
    }

    @TruffleBoundary
    static String repr(PyTuple t) {
        PyClass cls = t.getPyClass();
        Object fields = cls.lookup(FIELDS);
        StringBuilder sb = new StringBuilder(cls.isBuiltin() ? cls.getName() : className(cls)).append('(');
        for (int i = 0; i < t.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            if (fields instanceof PyTuple names && i < names.size()) {
                sb.append(names.get(i)).append('=');
            }
            sb.append(PyOps.repr(t.get(i)));
        }
        return sb.append(')').toString();
    }

    /** A user subclass of a namedtuple prints with the namedtuple's name, as MicroPython does. */
    private static String className(PyClass cls) {
        for (PyClass c : cls.getMro()) {
            if (c.isBuiltin()) {
                return c.getName();
            }
        }
        return cls.getName();
    }
}
