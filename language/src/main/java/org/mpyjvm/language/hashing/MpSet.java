package org.mpyjvm.language.hashing;

import java.util.List;

/**
 * A set's storage with MicroPython's layout and iteration order. py/map.c's mp_set_t runs the very
 * same probing, deletion-marker and growth rules as mp_map_t, so this is an {@link MpMap} whose values
 * are unused.
 */
public final class MpSet {
    private static final Object PRESENT = Boolean.TRUE;

    private final MpMap table;

    /** An empty set with allocation 0 ({@code set()}, set comprehensions). */
    public MpSet(KeyStrategy strategy, MachineWord word) {
        this(new MpMap(strategy, word));
    }

    /** A set with an initial allocation (a {@code {a, b, c}} display asks for its item count). */
    public MpSet(KeyStrategy strategy, MachineWord word, int initialAlloc) {
        this(new MpMap(strategy, word, initialAlloc));
    }

    private MpSet(MpMap table) {
        this.table = table;
    }

    /** Adds {@code item}; returns true when it was not there yet. */
    public boolean add(Object item) {
        return table.put(item, PRESENT) == null;
    }

    public boolean contains(Object item) {
        return table.containsKey(item);
    }

    /** Removes {@code item}; returns true when it was there. */
    public boolean remove(Object item) {
        return table.remove(item) != null;
    }

    /** set.pop: removes and returns the item in the first filled slot, or null when empty. */
    public Object removeFirst() {
        var entry = table.removeFirst();
        return entry == null ? null : entry.getKey();
    }

    public int size() {
        return table.size();
    }

    public boolean isEmpty() {
        return table.isEmpty();
    }

    public int alloc() {
        return table.alloc();
    }

    public void clear() {
        table.clear();
    }

    /** set.copy: the same table, slot for slot. */
    public MpSet copy() {
        return new MpSet(table.copy());
    }

    /** See {@link MpMap#nextFilled(int)}. */
    public int nextFilled(int from) {
        return table.nextFilled(from);
    }

    public Object itemAt(int slot) {
        return table.keyAt(slot);
    }

    /** The items in iteration order (a snapshot). */
    public List<Object> items() {
        return table.keys();
    }
}
