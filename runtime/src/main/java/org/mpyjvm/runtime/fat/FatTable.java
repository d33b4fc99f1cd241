package org.mpyjvm.runtime.fat;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;
import org.mpyjvm.runtime.Errno;
import org.mpyjvm.runtime.StorageException;

/**
 * The file allocation table: entry access for FAT12/16/32 through a cache of FAT sectors, allocation as FatFs
 * {@code create_chain} does it (search forward from the last allocated cluster, wrapping), freeing, and the free
 * count. Dirty FAT sectors are written to every FAT copy on {@link #flush}, so images made by mkfs.fat with two
 * FATs stay consistent. Every link is range-checked and every walk is bounded by the cluster count.
 */
final class FatTable {
    /** Returned by {@link #next} when a chain ends. */
    static final long END = -1;
    private static final long UNKNOWN = -1;

    private final FatVolume vol;
    private final Map<Long, byte[]> sectors = new HashMap<>();
    private final TreeSet<Long> dirty = new TreeSet<>();
    private long freeCount = UNKNOWN;
    private long lastAllocated = UNKNOWN;
    private boolean fsInfoChanged;

    FatTable(FatVolume vol) {
        this.vol = vol;
    }

    void adoptFsInfo(long free, long next) {
        if (free <= vol.clusterCount) {
            freeCount = free;
        }
        lastAllocated = next;
    }

    private int byteAt(long offset) throws StorageException {
        return sector(offset / vol.sectorSize)[(int) (offset % vol.sectorSize)] & 0xFF;
    }

    private void setByte(long offset, int value) throws StorageException {
        long s = offset / vol.sectorSize;
        sector(s)[(int) (offset % vol.sectorSize)] = (byte) value;
        dirty.add(s);
    }

    private byte[] sector(long index) throws StorageException {
        if (index < 0 || index >= vol.fatSectors) {
            throw new StorageException(Errno.EIO, "FAT sector out of range");
        }
        byte[] s = sectors.get(index);
        if (s == null) {
            s = vol.readSector(vol.fatStart + index);
            sectors.put(index, s);
        }
        vol.window.show(vol.fatStart + index, s, 0);
        return s;
    }

    /** The raw entry of a cluster (FAT32: low 28 bits). */
    long get(long cluster) throws StorageException {
        if (!vol.isValidCluster(cluster)) {
            throw new StorageException(Errno.EIO, "cluster " + cluster + " out of range");
        }
        switch (vol.type) {
            case FAT12: {
                long off = cluster + cluster / 2;
                int v = byteAt(off) | byteAt(off + 1) << 8;
                return (cluster & 1) != 0 ? v >>> 4 : v & 0xFFF;
            }
            case FAT16:
                return byteAt(cluster * 2) | byteAt(cluster * 2 + 1) << 8;
            default: {
                long off = cluster * 4;
                long v = byteAt(off) | byteAt(off + 1) << 8 | byteAt(off + 2) << 16 | (long) byteAt(off + 3) << 24;
                return v & 0x0FFFFFFFL;
            }
        }
    }

    /** Writes an entry; {@code value} -1 means end of chain. FAT32 keeps the top 4 bits. */
    void put(long cluster, long value) throws StorageException {
        if (!vol.isValidCluster(cluster)) {
            throw new StorageException(Errno.EIO, "cluster " + cluster + " out of range");
        }
        switch (vol.type) {
            case FAT12: {
                int v = (int) (value & 0xFFF);
                long off = cluster + cluster / 2;
                if ((cluster & 1) != 0) {
                    setByte(off, (byteAt(off) & 0x0F) | (v << 4 & 0xF0));
                    setByte(off + 1, v >>> 4);
                } else {
                    setByte(off, v & 0xFF);
                    setByte(off + 1, (byteAt(off + 1) & 0xF0) | (v >>> 8));
                }
                break;
            }
            case FAT16:
                setByte(cluster * 2, (int) value & 0xFF);
                setByte(cluster * 2 + 1, (int) (value >>> 8) & 0xFF);
                break;
            default: {
                long off = cluster * 4;
                long v = (value & 0x0FFFFFFFL) | ((long) byteAt(off + 3) << 24 & 0xF0000000L);
                for (int i = 0; i < 4; i++) {
                    setByte(off + i, (int) (v >>> (8 * i)) & 0xFF);
                }
            }
        }
    }

    /**
     * The cluster after {@code cluster} in its chain, or {@link #END}. As in FatFs, any link at or beyond the
     * last cluster number ends the chain; a link to 0 or 1 inside a chain is corruption (EIO).
     */
    long next(long cluster) throws StorageException {
        long v = get(cluster);
        if (v >= vol.entryCount()) {
            return END;
        }
        if (v < 2) {
            throw new StorageException(Errno.EIO, "broken cluster chain at " + cluster);
        }
        return v;
    }

    /** Number of clusters in a chain; EIO on a loop (longer than the volume) or a bad link. */
    long chainLength(long start) throws StorageException {
        long n = 0;
        for (long c = start; c != END; c = next(c)) {
            if (++n > vol.clusterCount) {
                throw new StorageException(Errno.EIO, "cluster chain loops");
            }
        }
        return n;
    }

    /**
     * FatFs {@code create_chain}: with {@code prev == 0} starts a new chain, otherwise returns the existing
     * successor of {@code prev} or links a new cluster after it. Returns 0 when the volume is full.
     */
    long extend(long prev) throws StorageException {
        long n = vol.entryCount();
        long scl;
        if (prev == 0) {
            scl = lastAllocated;
            if (scl <= 0 || scl >= n) {
                scl = 1;
            }
        } else {
            long cs = get(prev);
            if (cs < 2) {
                throw new StorageException(Errno.EIO, "broken cluster chain at " + prev);
            }
            if (cs < n) {
                return cs;
            }
            scl = prev;
        }
        if (freeCount == 0) {
            return 0;
        }
        long ncl = 0;
        if (scl == prev) {
            ncl = scl + 1;
            if (ncl >= n) {
                ncl = 2;
            }
            if (get(ncl) != 0) {
                if (lastAllocated >= 2 && lastAllocated < n) {
                    scl = lastAllocated;
                }
                ncl = 0;
            }
        }
        if (ncl == 0) {
            ncl = scl;
            while (true) {
                ncl++;
                if (ncl >= n) {
                    ncl = 2;
                    if (ncl > scl) {
                        return 0;
                    }
                }
                if (get(ncl) == 0) {
                    break;
                }
                if (ncl == scl) {
                    return 0;
                }
            }
        }
        put(ncl, -1);
        if (prev != 0) {
            put(prev, ncl);
        }
        lastAllocated = ncl;
        if (freeCount > 0) {
            freeCount--;
        }
        fsInfoChanged = true;
        return ncl;
    }

    /**
     * FatFs {@code remove_chain}: frees {@code start} and its successors; when {@code prev} is non-zero it
     * becomes the new end of its chain.
     */
    void freeChain(long start, long prev) throws StorageException {
        if (prev != 0) {
            put(prev, -1);
        }
        long c = start;
        long steps = 0;
        while (true) {
            long nxt = get(c);
            if (nxt == 0) {
                break;
            }
            if (nxt == 1) {
                throw new StorageException(Errno.EIO, "broken cluster chain at " + c);
            }
            put(c, 0);
            if (freeCount >= 0 && freeCount < vol.clusterCount) {
                freeCount++;
            }
            fsInfoChanged = true;
            if (nxt >= vol.entryCount() || ++steps > vol.clusterCount) {
                break;
            }
            c = nxt;
        }
    }

    /** Free clusters: FSInfo's count when trusted, else a scan of the whole FAT (FatFs {@code f_getfree}). */
    long freeClusters() throws StorageException {
        if (freeCount < 0) {
            long free = 0;
            for (long c = 2; c < vol.entryCount(); c++) {
                if (get(c) == 0) {
                    free++;
                }
            }
            freeCount = free;
            fsInfoChanged = true;
        }
        return freeCount;
    }

    /** After truncating a file FatFs restarts allocation just before its old first cluster to reuse the hole. */
    void reuseFrom(long cluster) {
        lastAllocated = cluster;
    }

    long lastAllocated() {
        return lastAllocated < 0 ? 0xFFFFFFFFL : lastAllocated;
    }

    boolean fsInfoChanged() {
        return fsInfoChanged;
    }

    void fsInfoWritten() {
        fsInfoChanged = false;
    }

    /** Writes every dirty FAT sector to each FAT copy. */
    void flush() throws StorageException {
        for (Long s : dirty) {
            byte[] data = sectors.get(s);
            for (int i = 0; i < vol.fatCount; i++) {
                vol.writeSectors(vol.fatStart + i * vol.fatSectors + s, data, 0, 1);
            }
        }
        dirty.clear();
    }
}
