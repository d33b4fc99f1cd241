package org.mpyjvm.language.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import java.math.BigInteger;
import org.mpyjvm.language.errors.Errors;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * The one hash table behind dict, set, frozenset and module globals.
 *
 * <p>Keys are normalised so Python-equal keys meet (True, 1 and 1.0 are one key); the first key object inserted is
 * the one iteration returns, as in Python. Iteration is insertion order for now: MicroPython's open-addressing order
 * (lang-pure's MpMap) is meant to replace the LinkedHashMap here without changing any caller.
 */
public final class DictStorage {
    private final LinkedHashMap<Object, Object[]> map = new LinkedHashMap<>();
    private int modifications;

    @TruffleBoundary
    public static Object normalize(Object key) {
        if (key instanceof String || key instanceof Long) {
            return key;
        }
        if (key instanceof Boolean b) {
            return b ? 1L : 0L;
        }
        if (key instanceof Double d) {
            double v = d;
            if (v == Math.rint(v) && !Double.isInfinite(v) && Math.abs(v) < 9.2e18) {
                return (long) v;
            }
            return d;
        }
        if (key instanceof BigInteger) {
            return key;
        }
        if (key instanceof PyInstance instance) {
            return new InstanceKey(instance);
        }
        if (key instanceof PyList || key instanceof PyDict || key instanceof PySet set && !set.isFrozen()
                || key instanceof PyByteArray) {
            throw Errors.unhashable(key);
        }
        return key;
    }

    @TruffleBoundary
    public Object get(Object key) {
        Object[] entry = map.get(normalize(key));
        return entry == null ? null : entry[1];
    }

    @TruffleBoundary
    public boolean containsKey(Object key) {
        return map.containsKey(normalize(key));
    }

    @TruffleBoundary
    public void put(Object key, Object value) {
        Object n = normalize(key);
        Object[] entry = map.get(n);
        if (entry == null) {
            map.put(n, new Object[]{key, value});
            modifications++;
        } else {
            entry[1] = value;
        }
    }

    /** Removes and returns the value, or null when absent. */
    @TruffleBoundary
    public Object remove(Object key) {
        Object[] entry = map.remove(normalize(key));
        if (entry == null) {
            return null;
        }
        modifications++;
        return entry[1];
    }

    @TruffleBoundary
    public void clear() {
        map.clear();
        modifications++;
    }

    public int size() {
        return map.size();
    }

    /** Counts insertions and removals, so iterators can detect a change of size. */
    public int modifications() {
        return modifications;
    }

    /** A snapshot of the entries as {key, value} pairs in iteration order. */
    @TruffleBoundary
    public List<Object[]> entries() {
        List<Object[]> result = new ArrayList<>(map.size());
        for (Object[] e : map.values()) {
            result.add(new Object[]{e[0], e[1]});
        }
        return result;
    }

    @TruffleBoundary
    public List<Object> keys() {
        List<Object> result = new ArrayList<>(map.size());
        for (Object[] e : map.values()) {
            result.add(e[0]);
        }
        return result;
    }

    /** Removes and returns the last entry as {key, value}, or null when empty. */
    @TruffleBoundary
    public Object[] popLast() {
        Object last = null;
        for (Object k : map.keySet()) {
            last = k;
        }
        if (last == null) {
            return null;
        }
        modifications++;
        return map.remove(last);
    }

    /** A user object as a key: its __hash__ and __eq__ decide, identity when it has neither. */
    private record InstanceKey(PyInstance instance) {
        @Override
        public boolean equals(Object o) {
            return o instanceof InstanceKey other && (other.instance == instance || PyOps.eq(instance, other.instance));
        }

        @Override
        public int hashCode() {
            return Long.hashCode(PyOps.hash(instance));
        }
    }
}
