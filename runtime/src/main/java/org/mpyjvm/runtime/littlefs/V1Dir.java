package org.mpyjvm.runtime.littlefs;

/**
 * A fetched (or freshly allocated) littlefs v1 metadata block, {@code lfs1_dir_t} without the iteration state.
 * Header: {@code u32 rev, u32 size, u32 tail[2]}; bit 31 of size says the directory continues in the tail pair,
 * otherwise the tail is the next directory of the metadata thread. {@code pair[0]} is the block holding the
 * newest valid copy; a commit writes the other one. {@code data} holds the first {@code used()} bytes of
 * {@code pair[0]} as fetched (null for a block never written).
 */
final class V1Dir {
    static final int HEADER = 16;
    static final int CONTINUED = 0x80000000;
    /** Size of an empty block: header plus CRC. */
    static final int EMPTY = HEADER + 4;

    int[] pair;
    int rev;
    int size;
    int[] tail;
    byte[] data;

    V1Dir(int[] pair, int rev, int size, int[] tail, byte[] data) {
        this.pair = pair;
        this.rev = rev;
        this.size = size;
        this.tail = tail;
        this.data = data;
    }

    V1Dir copy() {
        return new V1Dir(pair.clone(), rev, size, tail.clone(), data);
    }

    int used() {
        return size & 0x7FFFFFFF;
    }

    boolean continued() {
        return (size & CONTINUED) != 0;
    }

    static boolean isNull(int[] pair) {
        return pair[0] == -1 || pair[1] == -1;
    }

    /** lfs1_paircmp == 0: the pairs share a block. */
    static boolean overlaps(int[] a, int[] b) {
        return a[0] == b[0] || a[1] == b[1] || a[0] == b[1] || a[1] == b[0];
    }

    /** lfs1_pairsync: the same two blocks, in either order. */
    static boolean same(int[] a, int[] b) {
        return (a[0] == b[0] && a[1] == b[1]) || (a[0] == b[1] && a[1] == b[0]);
    }
}
