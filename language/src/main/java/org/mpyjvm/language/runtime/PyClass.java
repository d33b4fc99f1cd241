package org.mpyjvm.language.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Python class: builtin types (created once, shared, never mutated after start-up) and user classes (created by
 * {@code class} statements). Attribute lookup walks the C3 linearisation ({@link #getMro()}).
 */
public final class PyClass implements PyObject {
    private final String name;
    private final PyClass[] bases;
    private final PyClass[] mro;
    private final Map<String, Object> dict;
    private final boolean builtin;
    /** The builtin class whose instance layout instances of this class use (object, BaseException, ...). */
    private final PyClass layoutBase;

    public PyClass(String name, PyClass[] bases, Map<String, Object> dict, boolean builtin) {
        this.name = name;
        this.bases = bases;
        this.dict = dict;
        this.builtin = builtin;
        this.mro = linearize(this, bases);
        PyClass layout = null;
        for (PyClass c : mro) {
            if (c.builtin) {
                layout = c;
                break;
            }
        }
        this.layoutBase = layout == null ? this : layout;
    }

    public static PyClass builtin(String name, PyClass... bases) {
        return new PyClass(name, bases, new HashMap<>(), true);
    }

    public static PyClass user(String name, PyClass[] bases, Map<String, Object> namespace) {
        NativeSubclasses.checkBases(bases);
        return new PyClass(name, bases, new LinkedHashMap<>(namespace), false);
    }

    @Override
    public PyClass getPyClass() {
        return BuiltinTypes.TYPE;
    }

    public String getName() {
        return name;
    }

    public PyClass[] getBases() {
        return bases;
    }

    public PyClass[] getMro() {
        return mro;
    }

    public boolean isBuiltin() {
        return builtin;
    }

    public PyClass getLayoutBase() {
        return layoutBase;
    }

    public Map<String, Object> getDict() {
        return dict;
    }

    /** The attribute as stored on this class or a class in its MRO, or null. */
    @TruffleBoundary
    public Object lookup(String attribute) {
        for (PyClass c : mro) {
            Object value = c.dict.get(attribute);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    @TruffleBoundary
    public boolean isSubclassOf(PyClass other) {
        for (PyClass c : mro) {
            if (c == other) {
                return true;
            }
        }
        return false;
    }

    @TruffleBoundary
    public void setAttribute(String attribute, Object value) {
        dict.put(attribute, value);
    }

    /**
     * MicroPython's lookup order: depth-first through the bases, left to right, with {@code object} consulted last
     * (its lookup skips object inside base tuples). Not C3: {@code class D(B, C)} with {@code B(A)}, {@code C(A)}
     * finds A's methods before C's, as MicroPython does.
     */
    private static PyClass[] linearize(PyClass self, PyClass[] bases) {
        java.util.LinkedHashSet<PyClass> order = new java.util.LinkedHashSet<>();
        order.add(self);
        boolean sawObject = false;
        for (PyClass b : bases) {
            for (PyClass c : b.mro) {
                if (c.name.equals("object") && c.builtin && c.bases.length == 0) {
                    sawObject = true;
                } else {
                    order.add(c);
                }
            }
        }
        List<PyClass> result = new ArrayList<>(order);
        if (sawObject) {
            result.add(BuiltinTypes.OBJECT);
        }
        return result.toArray(new PyClass[0]);
    }

    @Override
    public String toString() {
        return "<class '" + name + "'>";
    }
}
