package org.mpyjvm.language.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.mpyjvm.language.errors.Errors;
import org.mpyjvm.language.hashing.MachineWord;
import org.mpyjvm.language.hashing.MpMap;

/**
 * The one hash table behind dict, set, frozenset, OrderedDict and module globals: an {@link MpMap}, laid out as
 * MicroPython's py/map.c lays out its tables on the 64-bit unix port, so iteration order is MicroPython's (not
 * insertion order). Python-equal keys meet (True, 1 and 1.0 are one key) because hashing and equality are
 * Python's ({@link PyKeyStrategy}); the first key object inserted is the one iteration returns.
 *
 * <p>Iterators walk a slot cursor over the live table ({@link #nextFilled(int)}), as MicroPython's do: adding keys
 * while iterating is allowed and the new keys may or may not be visited, exactly as there.
 */
public final class DictStorage {
    private static final MachineWord WORD = MachineWord.BITS64;

    private MpMap map;
    /** Set once compiled code watches keys of this dict (globals, builtins); see {@link KeyAssumptions}. */
    private KeyAssumptions watchers;
    /** A fixed table refuses every change with a bare TypeError (MicroPython's read-only {@code __dict__} copies). */
    private boolean fixed;

    /** An empty table with allocation 0 ({@code dict()}, {@code {}}, comprehensions). */
    public DictStorage() {
        this(new MpMap(PyKeyStrategy.INSTANCE, WORD));
    }

    /** A table with an initial allocation: a display of n items asks for n, as MicroPython's compiler does. */
    public DictStorage(int initialAlloc) {
        this(new MpMap(PyKeyStrategy.INSTANCE, WORD, initialAlloc));
    }

    private DictStorage(MpMap map) {
        this.map = map;
    }

    /** An insertion-ordered table (collections.OrderedDict). */
    public static DictStorage ordered() {
        return new DictStorage(MpMap.ordered(PyKeyStrategy.INSTANCE, WORD));
    }

    public boolean isOrdered() {
        return map.isOrdered();
    }

    /** Makes the table read-only from now on; copies of it are writable again. */
    public void fix() {
        fixed = true;
    }

    private void ensureNotFixed() {
        if (fixed) {
            throw Errors.createWithArgs(BuiltinTypes.TYPE_ERROR);
        }
    }

    @TruffleBoundary
    public Object get(Object key) {
        return map.get(key);
    }

    @TruffleBoundary
    public boolean containsKey(Object key) {
        return map.containsKey(key);
    }

    @TruffleBoundary
    public void put(Object key, Object value) {
        ensureNotFixed();
        map.put(key, value);
        if (watchers != null) {
            watchers.changed(key);
        }
    }

    /** Valid while the value under {@code key} (or its absence) stays as it is now. */
    public com.oracle.truffle.api.Assumption keyUnchanged(Object key) {
        if (watchers == null) {
            watchers = new KeyAssumptions();
        }
        return watchers.get(key);
    }

    /** dict.setdefault: the value present, or {@code value} after storing it. */
    @TruffleBoundary
    public Object putIfAbsent(Object key, Object value) {
        ensureNotFixed();
        if (watchers != null) {
            watchers.changed(key);
        }
        return map.putIfAbsent(key, value);
    }

    /** Removes and returns the value, or null when absent. */
    @TruffleBoundary
    public Object remove(Object key) {
        ensureNotFixed();
        if (watchers != null) {
            watchers.changed(key);
        }
        return map.remove(key);
    }

    @TruffleBoundary
    public void clear() {
        ensureNotFixed();
        map.clear();
        if (watchers != null) {
            watchers.changedAll();
        }
    }

    public int size() {
        return map.size();
    }

    /** dict.copy / set.copy: the same table slot for slot, so the copy iterates in the same order. */
    @TruffleBoundary
    public DictStorage copy() {
        return new DictStorage(map.copy());
    }

    /** Takes over another storage's table (set.intersection_update swaps tables, as py/objset.c does). */
    public void adoptTable(DictStorage other) {
        ensureNotFixed();
        this.map = other.map;
        if (watchers != null) {
            watchers.changedAll();
        }
    }

    /** A snapshot of the entries as {key, value} pairs in iteration order. */
    @TruffleBoundary
    public List<Object[]> entries() {
        List<Object[]> result = new ArrayList<>(map.size());
        for (Map.Entry<Object, Object> e : map.entries()) {
            result.add(new Object[]{e.getKey(), e.getValue()});
        }
        return result;
    }

    @TruffleBoundary
    public List<Object> keys() {
        return map.keys();
    }

    /**
     * dict.popitem / set.pop: removes and returns the first entry in iteration order (the last one of an ordered
     * table) as {key, value}, or null when empty.
     */
    @TruffleBoundary
    public Object[] popFirst() {
        ensureNotFixed();
        Map.Entry<Object, Object> e = map.removeFirst();
        if (watchers != null && e != null) {
            watchers.changed(e.getKey());
        }
        return e == null ? null : new Object[]{e.getKey(), e.getValue()};
    }

    /** The first filled slot at or after {@code from}, or -1: the cursor step of dict and set iterators. */
    @TruffleBoundary
    public int nextFilled(int from) {
        return map.nextFilled(from);
    }

    public Object keyAt(int slot) {
        return map.keyAt(slot);
    }

    public Object valueAt(int slot) {
        return map.valueAt(slot);
    }
}
