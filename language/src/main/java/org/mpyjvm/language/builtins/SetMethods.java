package org.mpyjvm.language.builtins;

import org.mpyjvm.language.errors.Errors;
import org.mpyjvm.language.runtime.PyNone;
import org.mpyjvm.language.runtime.PySet;
import org.mpyjvm.language.runtime.SetAlgebra;
import org.mpyjvm.language.spi.Builtin;

/** set's methods (py/objset.c), {@code args[0]} is self; frozenset gets the non-mutating ones. */
public final class SetMethods {
    private SetMethods() {
    }

    private static PySet self(Object o) {
        return (PySet) o;
    }

    /** The methods that do not change the set, which frozenset has too. */
    public static final class Reading {
        private Reading() {
        }

        @Builtin(name = "copy", minArgs = 1)
        public static Object copy(Object[] a) {
            return SetAlgebra.copy(self(a[0]));
        }

        @Builtin(name = "union", minArgs = 2)
        public static Object union(Object[] a) {
            return SetAlgebra.union(self(a[0]), a[1]);
        }

        @Builtin(name = "intersection", minArgs = 2)
        public static Object intersection(Object[] a) {
            return SetAlgebra.intersection(self(a[0]), a[1]);
        }

        @Builtin(name = "difference", minArgs = 1, maxArgs = Integer.MAX_VALUE)
        public static Object difference(Object[] a) {
            PySet out = SetAlgebra.copy(self(a[0]));
            for (int i = 1; i < a.length; i++) {
                SetAlgebra.differenceUpdate(out, a[i]);
            }
            return out;
        }

        @Builtin(name = "symmetric_difference", minArgs = 2)
        public static Object symmetricDifference(Object[] a) {
            return SetAlgebra.symmetricDifference(self(a[0]), a[1]);
        }

        @Builtin(name = "issubset", minArgs = 2)
        public static Object issubset(Object[] a) {
            return SetAlgebra.isSubset(self(a[0]), a[1]);
        }

        @Builtin(name = "issuperset", minArgs = 2)
        public static Object issuperset(Object[] a) {
            return SetAlgebra.isSubset(SetAlgebra.asSet(a[1]), a[0]);
        }

        @Builtin(name = "isdisjoint", minArgs = 2)
        public static Object isdisjoint(Object[] a) {
            return SetAlgebra.isDisjoint(self(a[0]), a[1]);
        }
    }

    @Builtin(name = "add", minArgs = 2)
    public static Object add(Object[] a) {
        self(a[0]).add(a[1]);
        return PyNone.INSTANCE;
    }

    @Builtin(name = "remove", minArgs = 2)
    public static Object remove(Object[] a) {
        if (self(a[0]).storage().remove(a[1]) == null) {
            throw Errors.keyError(a[1]);
        }
        return PyNone.INSTANCE;
    }

    @Builtin(name = "discard", minArgs = 2)
    public static Object discard(Object[] a) {
        self(a[0]).storage().remove(a[1]);
        return PyNone.INSTANCE;
    }

    @Builtin(name = "pop", minArgs = 1)
    public static Object pop(Object[] a) {
        Object[] e = self(a[0]).storage().popFirst();
        if (e == null) {
            throw Errors.keyError("pop from an empty set");
        }
        return e[0];
    }

    @Builtin(name = "clear", minArgs = 1)
    public static Object clear(Object[] a) {
        self(a[0]).storage().clear();
        return PyNone.INSTANCE;
    }

    @Builtin(name = "update", minArgs = 1, maxArgs = Integer.MAX_VALUE)
    public static Object update(Object[] a) {
        for (int i = 1; i < a.length; i++) {
            SetAlgebra.update(self(a[0]), a[i]);
        }
        return PyNone.INSTANCE;
    }

    @Builtin(name = "intersection_update", minArgs = 2)
    public static Object intersectionUpdate(Object[] a) {
        SetAlgebra.intersectionUpdate(self(a[0]), a[1]);
        return PyNone.INSTANCE;
    }

    @Builtin(name = "difference_update", minArgs = 1, maxArgs = Integer.MAX_VALUE)
    public static Object differenceUpdate(Object[] a) {
        for (int i = 1; i < a.length; i++) {
            SetAlgebra.differenceUpdate(self(a[0]), a[i]);
        }
        return PyNone.INSTANCE;
    }

    @Builtin(name = "symmetric_difference_update", minArgs = 2)
    public static Object symmetricDifferenceUpdate(Object[] a) {
        SetAlgebra.symmetricDifferenceUpdate(self(a[0]), a[1]);
        return PyNone.INSTANCE;
    }
}
