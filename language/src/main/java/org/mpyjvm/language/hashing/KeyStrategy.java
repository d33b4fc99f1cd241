package org.mpyjvm.language.hashing;

/**
 * How {@link MpMap} hashes and compares keys. The interpreter supplies one that calls Python-level
 * {@code __hash__}/{@code __eq__} (and raises TypeError for unhashable keys by throwing a GuestError);
 * tests supply one over plain Java values.
 */
public interface KeyStrategy {
    /** The key's Python hash, already a small int (the value {@code hash(key)} returns). */
    long hash(Object key);

    /**
     * Python equality of a stored key {@code stored} and a probe key {@code probe}, called in that
     * order as py/map.c calls mp_obj_equal(slot->key, index). Never called when they are the same object.
     */
    boolean keyEquals(Object stored, Object probe);
}
