package org.mpyjvm.runtime.littlefs;

/**
 * littlefs v2 metadata tags: {@code valid(1) type3(11) id(10) length(10)}, stored big-endian and XOR-ed with the
 * previous tag. A length of 0x3FF marks a deleted attribute that occupies no data.
 */
final class LfsTag {
    static final int NAME = 0x000;
    static final int REG = 0x001;
    static final int DIR = 0x002;
    static final int SUPERBLOCK = 0x0FF;
    static final int STRUCT = 0x200;
    static final int DIRSTRUCT = 0x200;
    static final int INLINESTRUCT = 0x201;
    static final int CTZSTRUCT = 0x202;
    static final int USERATTR = 0x300;
    static final int SPLICE = 0x400;
    static final int CREATE = 0x401;
    static final int DELETE = 0x4FF;
    static final int CRC = 0x500;
    static final int CCRC = 0x500;
    static final int FCRC = 0x5FF;
    static final int TAIL = 0x600;
    static final int SOFTTAIL = 0x600;
    static final int HARDTAIL = 0x601;
    static final int GLOBALS = 0x700;
    static final int MOVESTATE = 0x7FF;

    static final int NO_ID = 0x3FF;
    static final int DELETED_SIZE = 0x3FF;

    private LfsTag() {
    }

    static int make(int type, int id, int size) {
        return (type << 20) | (id << 10) | size;
    }

    static boolean isValid(int tag) {
        return tag >= 0;
    }

    static boolean isDelete(int tag) {
        return (tag & 0x3FF) == 0x3FF;
    }

    static int type1(int tag) {
        return (tag & 0x70000000) >>> 20;
    }

    static int type2(int tag) {
        return (tag & 0x78000000) >>> 20;
    }

    static int type3(int tag) {
        return (tag & 0x7FF00000) >>> 20;
    }

    static int chunk(int tag) {
        return (tag >>> 20) & 0xFF;
    }

    static int id(int tag) {
        return (tag >>> 10) & 0x3FF;
    }

    static int size(int tag) {
        return tag & 0x3FF;
    }

    /** Bytes the entry occupies on disk: the tag plus its data (none when deleted). */
    static int dsize(int tag) {
        return 4 + (isDelete(tag) ? 0 : size(tag));
    }
}
