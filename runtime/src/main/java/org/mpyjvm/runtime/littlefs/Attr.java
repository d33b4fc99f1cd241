package org.mpyjvm.runtime.littlefs;

/** One entry to commit: a tag (type, id, length) and its data ({@code length} bytes, empty for deletes). */
record Attr(int tag, byte[] data) {
    static Attr of(int type, int id, byte[] data) {
        return new Attr(LfsTag.make(type, id, data.length), data);
    }

    static Attr empty(int type, int id) {
        return new Attr(LfsTag.make(type, id, 0), new byte[0]);
    }

    static Attr tail(boolean hard, int[] pair) {
        return of(hard ? LfsTag.HARDTAIL : LfsTag.SOFTTAIL, LfsTag.NO_ID, Le.pair(pair[0], pair[1]));
    }
}
