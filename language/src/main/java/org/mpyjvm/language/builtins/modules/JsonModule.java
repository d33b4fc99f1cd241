package org.mpyjvm.language.builtins.modules;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mpyjvm.language.algorithms.Json;
import org.mpyjvm.language.errors.Errors;
import org.mpyjvm.language.runtime.NativeSubclasses;
import org.mpyjvm.language.runtime.PyBytes;
import org.mpyjvm.language.runtime.PyDict;
import org.mpyjvm.language.runtime.PyKeywords;
import org.mpyjvm.language.runtime.PyList;
import org.mpyjvm.language.runtime.PyNativeSubclassInstance;
import org.mpyjvm.language.runtime.PyNone;
import org.mpyjvm.language.runtime.PyOps;
import org.mpyjvm.language.runtime.PyTuple;
import org.mpyjvm.language.spi.Builtin;
import org.mpyjvm.language.spi.BuiltinModule;
import org.mpyjvm.language.spi.ModuleDefinition;

/**
 * json: dumps/loads/dump/load over lang-pure's {@link Json}. Guest values are converted to its neutral model and
 * back; dicts are handed over in their iteration order (MicroPython's), and a loaded object is built by inserting
 * its keys in document order, as modjson.c does.
 */
@BuiltinModule("json")
public final class JsonModule implements ModuleDefinition {
    private static Object neutral(Object v) {
        if (v == PyNone.INSTANCE) {
            return null;
        }
        if (v instanceof PyNativeSubclassInstance n
            && NativeSubclasses.userSpecial(n.getPyClass(), "__repr__") == null) {
            return neutral(n.nativeValue()); // a Registry(dict) is written as its dict; a user __repr__ as its text
        }
        if (v instanceof PyList l) {
            List<Object> out = new ArrayList<>(l.size());
            l.items().forEach(x -> out.add(neutral(x)));
            return out;
        }
        if (v instanceof PyTuple t && t.getPyClass() == org.mpyjvm.language.runtime.BuiltinTypes.TUPLE) {
            List<Object> out = new ArrayList<>(t.size());
            Arrays.stream(t.items()).forEach(x -> out.add(neutral(x)));
            return out;
        }
        if (v instanceof PyDict d) {
            Map<Object, Object> out = new LinkedHashMap<>();
            for (Object[] e : d.storage().entries()) {
                out.put(neutral(e[0]), neutral(e[1]));
            }
            return out;
        }
        if (v instanceof PyBytes b) {
            return b.bytes();
        }
        return v;
    }

    private static Object guest(Object v) {
        if (v == null) {
            return PyNone.INSTANCE;
        }
        if (v instanceof List<?> l) {
            List<Object> out = new ArrayList<>(l.size());
            l.forEach(x -> out.add(guest(x)));
            return new PyList(out);
        }
        if (v instanceof Map<?, ?> m) {
            PyDict d = new PyDict();
            m.forEach((k, x) -> d.put(guest(k), guest(x)));
            return d;
        }
        if (v instanceof BigInteger b) {
            return PyOps.normalize(b);
        }
        return v;
    }

    private static String dumps(Object value, PyKeywords kw) {
        String itemSep = ", ";
        String keySep = ": ";
        for (String name : kw.names()) {
            if (!name.equals("separators")) {
                throw Errors.typeError("extra keyword arguments given");
            }
        }
        Object seps = kw.get("separators");
        if (seps != null && seps != PyNone.INSTANCE) {
            List<Object> pair = PyOps.toList(seps);
            if (pair.size() != 2) {
                throw Errors.valueError("too many values to unpack (expected 2)");
            }
            itemSep = PyOps.str(pair.get(0));
            keySep = PyOps.str(pair.get(1));
        }
        return Json.dumps(neutral(value), itemSep, keySep, PyOps::repr);
    }

    private static Object loads(Object text) {
        String s = text instanceof String str ? str : new String(PyOps.bytesOf(text), StandardCharsets.UTF_8);
        return guest(Json.loads(s));
    }

    @Builtin(name = "dumps", minArgs = 1, keywords = true)
    public static Object dumpsFn(Object[] a, PyKeywords kw) {
        return dumps(a[0], kw);
    }

    @Builtin(name = "dump", minArgs = 2, keywords = true)
    public static Object dump(Object[] a, PyKeywords kw) {
        PyOps.invoke(a[1], "write", dumps(a[0], kw));
        return PyNone.INSTANCE;
    }

    @Builtin(name = "loads", minArgs = 1)
    public static Object loadsFn(Object[] a) {
        return loads(a[0]);
    }

    @Builtin(name = "load", minArgs = 1)
    public static Object load(Object[] a) {
        return loads(PyOps.invoke(a[0], "read"));
    }
}
