package org.mpyjvm.runtime.littlefs;

/**
 * One littlefs v1 directory entry ({@code struct lfs1_disk_entry}): {@code u8 type, u8 elen, u8 alen, u8 nlen},
 * then the first 8 bytes of the struct (file: head block and size; directory or superblock: a metadata pair), the
 * rest of the struct, attributes and the name. {@code off} is where the entry starts in its metadata block.
 * Type bit 0x80 marks the source of a rename in progress.
 */
record V1Entry(int off, int type, int elen, int alen, int nlen, int u0, int u1, byte[] name) {
    static final int REG = 0x11;
    static final int DIR = 0x22;
    static final int SUPERBLOCK = 0x2E;
    static final int MOVING = 0x80;
    /** type, elen, alen, nlen and the 8 struct bytes every entry carries. */
    static final int HEADER = 12;

    /** A fresh entry as lfs1's writer makes it: 8-byte struct, no attributes. */
    static V1Entry create(int type, int u0, int u1, byte[] name) {
        return new V1Entry(0, type, 8, 0, name.length, u0, u1, name);
    }

    int size() {
        return 4 + elen + alen + nlen;
    }

    int kind() {
        return type & 0x7F;
    }

    boolean isDir() {
        return kind() == DIR;
    }

    boolean isReg() {
        return kind() == REG;
    }

    boolean moving() {
        return (type & MOVING) != 0;
    }

    int[] pair() {
        return new int[] {u0, u1};
    }

    long fileSize() {
        return Integer.toUnsignedLong(u1);
    }

    V1Entry withType(int newType) {
        return new V1Entry(off, newType, elen, alen, nlen, u0, u1, name);
    }

    V1Entry withStruct(int a, int b) {
        return new V1Entry(off, type, elen, alen, nlen, a, b, name);
    }

    V1Entry at(int newOff) {
        return new V1Entry(newOff, type, elen, alen, nlen, u0, u1, name);
    }

    /** The 12 bytes lfs1 rewrites on an update (lfs1_dir_update's first region). */
    byte[] header() {
        byte[] h = new byte[HEADER];
        h[0] = (byte) type;
        h[1] = (byte) elen;
        h[2] = (byte) alen;
        h[3] = (byte) nlen;
        Le.put32(h, 4, u0);
        Le.put32(h, 8, u1);
        return h;
    }
}
