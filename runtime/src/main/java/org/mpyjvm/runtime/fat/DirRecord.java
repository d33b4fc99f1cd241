package org.mpyjvm.runtime.fat;

import static org.mpyjvm.runtime.fat.LittleEndian.put16;
import static org.mpyjvm.runtime.fat.LittleEndian.put32;
import static org.mpyjvm.runtime.fat.LittleEndian.u16;
import static org.mpyjvm.runtime.fat.LittleEndian.u32;

/**
 * Fields of a 32-byte short directory entry (fat.md section 5): name 0-10, attributes 11, NT case bits 12,
 * creation time/date 14/16, access date 18, cluster high 20, modification time/date 22/24, cluster low 26, size 28.
 */
final class DirRecord {
    static final int ATTR_READ_ONLY = 0x01;
    static final int ATTR_VOLUME = 0x08;
    static final int ATTR_DIR = 0x10;
    static final int ATTR_ARCHIVE = 0x20;
    static final int ATTR_LFN = 0x0F;
    static final int DELETED = 0xE5;

    private DirRecord() {
    }

    static int attr(byte[] d, int off) {
        return d[off + 11] & 0x3F;
    }

    static boolean isDir(byte[] d, int off) {
        return (d[off + 11] & ATTR_DIR) != 0;
    }

    static long cluster(byte[] d, int off, FatType type) {
        long lo = u16(d, off + 26);
        return type == FatType.FAT32 ? lo | (long) u16(d, off + 20) << 16 : lo;
    }

    static void setCluster(byte[] d, int off, long cluster, FatType type) {
        put16(d, off + 26, (int) cluster);
        if (type == FatType.FAT32) {
            put16(d, off + 20, (int) (cluster >>> 16));
        }
    }

    static long size(byte[] d, int off) {
        return u32(d, off + 28);
    }

    static void setSize(byte[] d, int off, long size) {
        put32(d, off + 28, size);
    }

    static int modTime(byte[] d, int off) {
        return u16(d, off + 22);
    }

    static int modDate(byte[] d, int off) {
        return u16(d, off + 24);
    }

    /** Modification time and date as one FatFs timestamp (date high). */
    static void setModified(byte[] d, int off, long fatTime) {
        put32(d, off + 22, fatTime);
    }

    static void setCreated(byte[] d, int off, long fatTime) {
        put32(d, off + 14, fatTime);
    }

    static void clearAccessDate(byte[] d, int off) {
        put16(d, off + 18, 0);
    }
}
