package org.mpyjvm.language.hashing;

/**
 * The width of MicroPython's machine word (mp_int_t / mp_uint_t), which decides the small-int range,
 * how hashes are truncated and how a hash is reduced to a table slot (unsigned {@code hash % alloc}).
 * The unix port on x86-64 uses 64-bit words; the webassembly port (the npm build we compare against)
 * uses 32-bit words, so the same script can iterate a dict in a different order on the two.
 */
public enum MachineWord {
    BITS64(64),
    BITS32(32);

    private final int bits;

    MachineWord(int bits) {
        this.bits = bits;
    }

    public int bits() {
        return bits;
    }

    /** Wraps {@code v} to a signed word, as a C cast to mp_int_t does. */
    public long wrap(long v) {
        return bits == 64 ? v : (int) v;
    }

    /** MP_OBJ_NEW_SMALL_INT then MP_OBJ_SMALL_INT_VALUE: drops the word's top bit and sign-extends. */
    public long toSmallInt(long v) {
        return bits == 64 ? (v << 1) >> 1 : (long) (((int) v << 1) >> 1);
    }

    /** Whether {@code v} is a small int (fits the word minus its tag bit). */
    public boolean isSmallInt(long v) {
        return toSmallInt(v) == v;
    }

    /** The table slot for a hash: the hash as mp_uint_t, modulo the allocation. */
    public int slot(long hash, int alloc) {
        if (bits == 64) {
            return (int) Long.remainderUnsigned(hash, alloc);
        }
        return (int) ((hash & 0xFFFF_FFFFL) % alloc);
    }
}
