package org.mpyjvm.language.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * Set operations with py/objset.c's algorithms. The algorithm decides the result's iteration order (which table
 * is copied, which iterable is walked), so both the operators and the methods go through here.
 */
public final class SetAlgebra {
    private SetAlgebra() {
    }

    /** A copy of the table, slot for slot, of the same kind (set or frozenset). */
    @TruffleBoundary
    public static PySet copy(PySet s) {
        return new PySet(s.isFrozen(), s.storage().copy());
    }

    /** set.update / |=: adds every item of the iterable. */
    @TruffleBoundary
    public static void update(PySet self, Object iterable) {
        Object it = PyOps.iter(iterable);
        for (Object v = PyOps.next(it); v != null; v = PyOps.next(it)) {
            self.add(v);
        }
    }

    /** union / |: a copy of self, then the other's items added. */
    @TruffleBoundary
    public static PySet union(PySet self, Object other) {
        PySet out = copy(self);
        update(out, other);
        return out;
    }

    /** intersection / &: walks the other iterable, keeping what self holds. */
    @TruffleBoundary
    public static PySet intersection(PySet self, Object other) {
        if (self == other) {
            return copy(self);
        }
        // py/objset.c builds any other intersection as a new plain set, even from a frozenset
        PySet out = new PySet(false);
        Object it = PyOps.iter(other);
        for (Object v = PyOps.next(it); v != null; v = PyOps.next(it)) {
            if (self.contains(v)) {
                out.add(v);
            }
        }
        return out;
    }

    /** intersection_update / &=: self's table becomes the intersection's. */
    @TruffleBoundary
    public static void intersectionUpdate(PySet self, Object other) {
        if (self == other) {
            return;
        }
        self.storage().adoptTable(intersection(self, other).storage());
    }

    /** difference_update / -=: discards every item of the iterable. */
    @TruffleBoundary
    public static void differenceUpdate(PySet self, Object other) {
        if (self == other) {
            self.storage().clear();
            return;
        }
        Object it = PyOps.iter(other);
        for (Object v = PyOps.next(it); v != null; v = PyOps.next(it)) {
            self.storage().remove(v);
        }
    }

    /** difference / -: a copy of self with the other's items discarded. */
    @TruffleBoundary
    public static PySet difference(PySet self, Object other) {
        PySet out = copy(self);
        differenceUpdate(out, other);
        return out;
    }

    /** symmetric_difference_update / ^=: each item of the other is removed when present, else added. */
    @TruffleBoundary
    public static void symmetricDifferenceUpdate(PySet self, Object other) {
        Object it = PyOps.iter(other);
        for (Object v = PyOps.next(it); v != null; v = PyOps.next(it)) {
            if (self.storage().remove(v) == null) {
                self.add(v);
            }
        }
    }

    @TruffleBoundary
    public static PySet symmetricDifference(PySet self, Object other) {
        PySet out = copy(self);
        symmetricDifferenceUpdate(out, other);
        return out;
    }

    /** Whether every item of {@code self} is in {@code other} (any iterable; a non-set is made a set first). */
    @TruffleBoundary
    public static boolean isSubset(PySet self, Object other) {
        PySet o = asSet(other);
        return self.size() <= o.size() && PyOps.setIsSubset(self, o);
    }

    @TruffleBoundary
    public static boolean isDisjoint(PySet self, Object other) {
        Object it = PyOps.iter(other);
        for (Object v = PyOps.next(it); v != null; v = PyOps.next(it)) {
            if (self.contains(v)) {
                return false;
            }
        }
        return true;
    }

    @TruffleBoundary
    public static PySet asSet(Object o) {
        if (o instanceof PySet s) {
            return s;
        }
        PySet s = new PySet(false);
        update(s, o);
        return s;
    }
}
