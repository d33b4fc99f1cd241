package org.mpyjvm.runtime.littlefs;

/**
 * littlefs's global state ("gstate"): 12 bytes whose value is the XOR of the latest MOVESTATE delta of every
 * metadata pair. Its tag names a move in progress (type DELETE, id and pair of the stale source entry); in RAM
 * the tag's length field also counts orphans (bits 0..8, only "has orphans" reaches disk as bit 31) and bit 9 asks
 * for a superblock rewrite after mounting an older minor version.
 */
final class GlobalState {
    int tag;
    int pair0;
    int pair1;

    GlobalState() {
    }

    GlobalState(int tag, int pair0, int pair1) {
        this.tag = tag;
        this.pair0 = pair0;
        this.pair1 = pair1;
    }

    GlobalState copy() {
        return new GlobalState(tag, pair0, pair1);
    }

    void xor(GlobalState o) {
        tag ^= o.tag;
        pair0 ^= o.pair0;
        pair1 ^= o.pair1;
    }

    boolean isZero() {
        return tag == 0 && pair0 == 0 && pair1 == 0;
    }

    boolean hasOrphans() {
        return LfsTag.size(tag) != 0;
    }

    int orphans() {
        return LfsTag.size(tag) & 0x1FF;
    }

    boolean hasMove() {
        return LfsTag.type1(tag) != 0;
    }

    boolean needsSuperblock() {
        return (LfsTag.size(tag) >> 9) != 0;
    }

    boolean hasMoveHere(int[] pair) {
        return hasMove() && MetadataPair.overlaps(new int[] {pair0, pair1}, pair);
    }

    void prepOrphans(int delta) {
        tag += delta;
        tag = (tag & 0x7FFFFFFF) | ((hasOrphans() ? 1 : 0) << 31);
    }

    void prepMove(int id, int[] pair) {
        tag = (tag & ~LfsTag.make(0x7FF, 0x3FF, 0)) | (id != LfsTag.NO_ID ? LfsTag.make(LfsTag.DELETE, id, 0) : 0);
        pair0 = id != LfsTag.NO_ID ? pair[0] : 0;
        pair1 = id != LfsTag.NO_ID ? pair[1] : 0;
    }

    void prepSuperblock(boolean needs) {
        tag = (tag & ~LfsTag.make(0, 0, 0x200)) | ((needs ? 1 : 0) << 9);
    }

    byte[] toBytes() {
        byte[] b = new byte[12];
        Le.put32(b, 0, tag);
        Le.put32(b, 4, pair0);
        Le.put32(b, 8, pair1);
        return b;
    }

    static GlobalState fromBytes(byte[] b) {
        return new GlobalState(Le.get32(b, 0), Le.get32(b, 4), Le.get32(b, 8));
    }
}
