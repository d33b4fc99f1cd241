package org.mpyjvm.language.hashing;

import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A dict's storage laid out exactly as MicroPython's py/map.c lays out mp_map_t, so iteration (which
 * walks the table from slot 0) gives MicroPython's order rather than insertion order.
 *
 * <p>The rules that decide the order, all taken from py/map.c:
 * <ul>
 *   <li>open addressing, linear probing from {@code hash % alloc} (hash as an unsigned machine word);</li>
 *   <li>the table grows only when an insertion finds no free or deleted slot at all (it fills to 100%),
 *       to the next size of {@link #ALLOCATION_SIZES} that is at least {@code alloc + 1}; growth re-inserts
 *       the old keys in old-table order;</li>
 *   <li>a removed key leaves a deletion marker, unless the following slot is empty, then the slot is
 *       simply emptied; an insertion reuses the first deletion marker seen on its probe path;</li>
 *   <li>re-assigning an existing key keeps the original key object (as CPython does);</li>
 *   <li>the initial allocation is the caller's (a {@code {k: v, ...}} display asks for its item count,
 *       {@code dict()} and comprehensions for 0) and {@link #copy()} duplicates the table verbatim.</li>
 * </ul>
 * An {@linkplain #ordered ordered} map (OrderedDict) is instead an array in insertion order, searched
 * linearly, as py/map.c does when {@code is_ordered} is set.
 *
 * <p>Values may not be Java null (the interpreter stores its None object); null from a query means "absent".
 * Lookups in a never-filled map do not hash the key, as in MicroPython ({@code {}[[]]} is a KeyError).
 */
public final class MpMap {
    /** py/map.c's hash_allocation_sizes: +2 steps that fill a GC block, then primes growing faster. */
    static final int[] ALLOCATION_SIZES = {
        0, 2, 4, 6, 8, 10, 12,
        17, 23, 29, 37, 47, 59, 73,
        97, 127, 167, 223, 293, 389, 521, 691, 919, 1223, 1627, 2161,
        3229, 4831, 7243, 10861, 16273, 24407, 36607, 54907,
    };

    /** The deletion marker (MP_OBJ_SENTINEL in a key slot). */
    private static final Object DELETED = new Object() {
        @Override
        public String toString() {
            return "<deleted>";
        }
    };

    private final KeyStrategy strategy;
    private final MachineWord word;
    private final boolean ordered;
    private Object[] keys;
    private Object[] values;
    private int used;

    /** An empty hash-table map with allocation 0 (what {@code dict()} and {@code {}} create). */
    public MpMap(KeyStrategy strategy, MachineWord word) {
        this(strategy, word, 0, false);
    }

    /** A hash-table map with the given initial allocation (a dict display of n items passes n). */
    public MpMap(KeyStrategy strategy, MachineWord word, int initialAlloc) {
        this(strategy, word, initialAlloc, false);
    }

    private MpMap(KeyStrategy strategy, MachineWord word, int initialAlloc, boolean ordered) {
        if (initialAlloc < 0) {
            throw new IllegalArgumentException("negative allocation " + initialAlloc);
        }
        this.strategy = strategy;
        this.word = word;
        this.ordered = ordered;
        this.keys = new Object[initialAlloc];
        this.values = new Object[initialAlloc];
    }

    /** An insertion-ordered map (collections.OrderedDict). */
    public static MpMap ordered(KeyStrategy strategy, MachineWord word) {
        return new MpMap(strategy, word, 0, true);
    }

    public boolean isOrdered() {
        return ordered;
    }

    public int size() {
        return used;
    }

    public boolean isEmpty() {
        return used == 0;
    }

    /** The table's allocation (number of slots), as MicroPython's map->alloc. */
    public int alloc() {
        return keys.length;
    }

    public Object get(Object key) {
        int slot = find(key);
        return slot < 0 ? null : values[slot];
    }

    public boolean containsKey(Object key) {
        return find(key) >= 0;
    }

    /** Stores {@code value} under {@code key}; returns the previous value or null when the key was new. */
    public Object put(Object key, Object value) {
        requireValue(value);
        int slot = findOrAdd(key);
        Object previous = values[slot];
        values[slot] = value;
        return previous;
    }

    /** dict.setdefault: the existing value, or stores and returns {@code value}. */
    public Object putIfAbsent(Object key, Object value) {
        requireValue(value);
        int slot = findOrAdd(key);
        if (values[slot] == null) {
            values[slot] = value;
        }
        return values[slot];
    }

    /** Removes {@code key}; returns its value, or null when it was absent. */
    public Object remove(Object key) {
        if (ordered) {
            int slot = find(key);
            if (slot < 0) {
                return null;
            }
            Object value = values[slot];
            System.arraycopy(keys, slot + 1, keys, slot, used - slot - 1);
            System.arraycopy(values, slot + 1, values, slot, used - slot - 1);
            used--;
            keys[used] = null;
            values[used] = null;
            return value;
        }
        int slot = find(key);
        if (slot < 0) {
            return null;
        }
        Object value = values[slot];
        removeSlot(slot);
        return value;
    }

    /**
     * dict.popitem: removes and returns the entry in the first filled slot (the last one of an ordered
     * map), or null when empty.
     */
    public Map.Entry<Object, Object> removeFirst() {
        if (used == 0) {
            return null;
        }
        int slot = ordered ? used - 1 : nextFilled(0);
        Map.Entry<Object, Object> entry = new AbstractMap.SimpleImmutableEntry<>(keys[slot], values[slot]);
        if (ordered) {
            used--;
            keys[used] = null;
            values[used] = null;
        } else {
            removeSlot(slot);
        }
        return entry;
    }

    /** dict.clear: back to allocation 0. */
    public void clear() {
        keys = new Object[0];
        values = new Object[0];
        used = 0;
    }

    /** dict.copy: the same allocation and the same slots, deletion markers included. */
    public MpMap copy() {
        MpMap other = new MpMap(strategy, word, keys.length, ordered);
        System.arraycopy(keys, 0, other.keys, 0, keys.length);
        System.arraycopy(values, 0, other.values, 0, values.length);
        other.used = used;
        return other;
    }

    /**
     * The first filled slot at or after {@code from}, or -1. Iteration is
     * {@code for (int s = m.nextFilled(0); s >= 0; s = m.nextFilled(s + 1))}, which is how a MicroPython
     * dict iterator walks (a cursor into the table, so mutation during iteration behaves as there).
     */
    public int nextFilled(int from) {
        int top = ordered ? used : keys.length;
        for (int i = Math.max(from, 0); i < top; i++) {
            Object k = keys[i];
            if (k != null && k != DELETED) {
                return i;
            }
        }
        return -1;
    }

    public Object keyAt(int slot) {
        return keys[slot];
    }

    public Object valueAt(int slot) {
        return values[slot];
    }

    public void setValueAt(int slot, Object value) {
        requireValue(value);
        values[slot] = value;
    }

    /** The keys in iteration order (a snapshot). */
    public List<Object> keys() {
        List<Object> out = new ArrayList<>(used);
        for (int s = nextFilled(0); s >= 0; s = nextFilled(s + 1)) {
            out.add(keys[s]);
        }
        return out;
    }

    /** The entries in iteration order (a snapshot). */
    public List<Map.Entry<Object, Object>> entries() {
        List<Map.Entry<Object, Object>> out = new ArrayList<>(used);
        for (int s = nextFilled(0); s >= 0; s = nextFilled(s + 1)) {
            out.add(new AbstractMap.SimpleImmutableEntry<>(keys[s], values[s]));
        }
        return out;
    }

    private static void requireValue(Object value) {
        if (value == null) {
            throw new IllegalArgumentException("MpMap values may not be null");
        }
    }

    private boolean matches(Object stored, Object probe) {
        return stored == probe || strategy.keyEquals(stored, probe);
    }

    /** The slot holding {@code key}, or -1. */
    private int find(Object key) {
        if (ordered) {
            for (int i = 0; i < used; i++) {
                if (matches(keys[i], key)) {
                    return i;
                }
            }
            return -1;
        }
        int alloc = keys.length;
        if (alloc == 0) {
            return -1;
        }
        int start = word.slot(strategy.hash(key), alloc);
        int pos = start;
        do {
            Object k = keys[pos];
            if (k == null) {
                return -1;
            }
            if (k != DELETED && matches(k, key)) {
                return pos;
            }
            pos = (pos + 1) % alloc;
        } while (pos != start);
        return -1;
    }

    /** The slot holding {@code key}, adding it (with a null value) when absent. */
    private int findOrAdd(Object key) {
        if (ordered) {
            int slot = find(key);
            if (slot >= 0) {
                return slot;
            }
            if (used == keys.length) {
                grow(keys.length + 4);
            }
            keys[used] = key;
            return used++;
        }
        if (keys.length == 0) {
            rehash();
        }
        long hash = strategy.hash(key);
        int start = word.slot(hash, keys.length);
        int pos = start;
        int available = -1;
        for (;;) {
            Object k = keys[pos];
            if (k == null) {
                int slot = available >= 0 ? available : pos;
                keys[slot] = key;
                values[slot] = null;
                used++;
                return slot;
            } else if (k == DELETED) {
                if (available < 0) {
                    available = pos;
                }
            } else if (matches(k, key)) {
                return pos;
            }
            pos = (pos + 1) % keys.length;
            if (pos == start) {
                if (available >= 0) {
                    keys[available] = key;
                    values[available] = null;
                    used++;
                    return available;
                }
                rehash();
                start = pos = word.slot(hash, keys.length);
            }
        }
    }

    private void removeSlot(int slot) {
        used--;
        // py/map.c empties the slot outright when the next one is empty, else leaves a marker
        keys[slot] = keys[(slot + 1) % keys.length] == null ? null : DELETED;
        values[slot] = null;
    }

    private void grow(int newAlloc) {
        Object[] k = new Object[newAlloc];
        Object[] v = new Object[newAlloc];
        System.arraycopy(keys, 0, k, 0, used);
        System.arraycopy(values, 0, v, 0, used);
        keys = k;
        values = v;
    }

    private void rehash() {
        Object[] oldKeys = keys;
        Object[] oldValues = values;
        int newAlloc = allocationAtLeast(oldKeys.length + 1);
        keys = new Object[newAlloc];
        values = new Object[newAlloc];
        used = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            Object k = oldKeys[i];
            if (k != null && k != DELETED) {
                values[findOrAdd(k)] = oldValues[i];
            }
        }
    }

    static int allocationAtLeast(int x) {
        for (int size : ALLOCATION_SIZES) {
            if (size >= x) {
                return size;
            }
        }
        // past the table MicroPython keeps growing by half, and keeps the size odd
        return (x + x / 2) | 1;
    }
}
