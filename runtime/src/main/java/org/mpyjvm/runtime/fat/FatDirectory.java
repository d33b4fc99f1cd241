package org.mpyjvm.runtime.fat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.mpyjvm.runtime.Errno;
import org.mpyjvm.runtime.StorageException;

/**
 * One directory loaded whole into memory (at most FatFs's MAX_DIR, 2 MiB): the fixed root area of FAT12/16 or a
 * cluster chain. Lookups, listing and entry allocation follow FatFs's {@code dir_find}, {@code dir_read},
 * {@code dir_alloc} and {@code dir_register}; changed sectors are written back by {@link #flush}.
 */
final class FatDirectory {
    static final long ROOT = 0;
    private static final int MAX_DIR_BYTES = 0x200000;
    private static final int[] LFN_OFFSETS = {1, 3, 5, 7, 9, 14, 16, 18, 20, 22, 24, 28, 30};

    /** A file or directory found in a directory: its short entry {@code slot}, first slot of its LFN run. */
    record Entry(int slot, int firstSlot, String name) {
    }

    private enum Scan { FIND, LIST, LABEL }

    final FatVolume vol;
    /** The directory's own cluster, {@link #ROOT} for the root (also on FAT32). */
    final long cluster;
    private final List<Long> clusters = new ArrayList<>();
    private byte[] data;
    private final BitSet dirtySectors = new BitSet();

    private FatDirectory(FatVolume vol, long cluster) {
        this.vol = vol;
        this.cluster = cluster;
    }

    static FatDirectory load(FatVolume vol, long cluster) throws StorageException {
        FatDirectory d = new FatDirectory(vol, cluster);
        if (cluster == ROOT && vol.type != FatType.FAT32) {
            int bytes = vol.rootEntries * FatVolume.DIR_ENTRY;
            d.data = new byte[bytes];
            vol.readSectors(vol.rootDirStart, d.data, 0, bytes / vol.sectorSize);
            return d;
        }
        long start = cluster == ROOT ? vol.rootCluster : cluster;
        int maxClusters = Math.max(1, MAX_DIR_BYTES / vol.clusterBytes);
        Set<Long> seen = new HashSet<>();
        for (long c = start; c != FatTable.END && d.clusters.size() < maxClusters; c = vol.fat.next(c)) {
            if (!seen.add(c)) {
                throw new StorageException(Errno.EIO, "directory cluster chain loops");
            }
            d.clusters.add(c);
        }
        d.data = new byte[d.clusters.size() * vol.clusterBytes];
        for (int i = 0; i < d.clusters.size(); i++) {
            vol.readSectors(vol.clusterSector(d.clusters.get(i)), d.data, i * vol.clusterBytes, vol.sectorsPerCluster);
        }
        return d;
    }

    byte[] data() {
        return data;
    }

    static int offset(int slot) {
        return slot * FatVolume.DIR_ENTRY;
    }

    int slots() {
        return data.length / FatVolume.DIR_ENTRY;
    }

    void markDirty(int slot) {
        dirtySectors.set(offset(slot) / vol.sectorSize);
    }

    /** Shows the sector holding {@code slot} in FatFs's window, where FatFs's directory walk would stop. */
    void showInWindow(int slot) throws StorageException {
        int s = Math.max(0, Math.min(slot, slots() - 1));
        int sectorStart = offset(s) / vol.sectorSize * vol.sectorSize;
        vol.window.show(sectorOf(s), data, sectorStart);
    }

    /** The volume sector holding a slot. */
    long sectorOf(int slot) throws StorageException {
        int byteOff = offset(slot);
        if (clusters.isEmpty()) {
            return vol.rootDirStart + byteOff / vol.sectorSize;
        }
        long c = clusters.get(byteOff / vol.clusterBytes);
        return vol.clusterSector(c) + (byteOff % vol.clusterBytes) / vol.sectorSize;
    }

    void flush() throws StorageException {
        for (int s = dirtySectors.nextSetBit(0); s >= 0; s = dirtySectors.nextSetBit(s + 1)) {
            int slot = s * vol.sectorSize / FatVolume.DIR_ENTRY;
            vol.writeSectors(sectorOf(slot), data, s * vol.sectorSize, 1);
        }
        dirtySectors.clear();
    }

    /** Entries MicroPython lists, in slot order (no dot entries, no volume label). */
    List<Entry> list() {
        return scan(Scan.LIST, null);
    }

    /** FatFs {@code dir_find}: long name case-insensitively, or the exact short name when the name is 8.3. */
    Entry find(FatName name) {
        List<Entry> hit = scan(Scan.FIND, name);
        return hit.isEmpty() ? null : hit.get(0);
    }

    /** The volume-label entry of the root, or null. */
    Entry label() {
        List<Entry> hit = scan(Scan.LABEL, null);
        return hit.isEmpty() ? null : hit.get(0);
    }

    private boolean shortNameTaken(byte[] sfn) {
        for (int slot = 0; slot < slots(); slot++) {
            int off = offset(slot);
            int c = data[off] & 0xFF;
            if (c == 0) {
                return false;
            }
            int a = DirRecord.attr(data, off);
            if (c == DirRecord.DELETED || ((a & DirRecord.ATTR_VOLUME) != 0 && a != DirRecord.ATTR_LFN)
                    || a == DirRecord.ATTR_LFN) {
                continue;
            }
            if (Arrays.equals(data, off, off + 11, sfn, 0, 11)) {
                return true;
            }
        }
        return false;
    }

    private List<Entry> scan(Scan mode, FatName wanted) {
        List<Entry> out = new ArrayList<>();
        char[] lfn = new char[FatName.MAX_LFN + 14];
        int ord = 0xFF;
        int sum = 0xFF;
        int first = -1;
        for (int slot = 0; slot < slots(); slot++) {
            int off = offset(slot);
            int c = data[off] & 0xFF;
            if (c == 0) {
                break;
            }
            int a = DirRecord.attr(data, off);
            boolean skip;
            if (mode == Scan.FIND) {
                skip = c == DirRecord.DELETED || ((a & DirRecord.ATTR_VOLUME) != 0 && a != DirRecord.ATTR_LFN);
            } else {
                boolean volume = (a & ~DirRecord.ATTR_ARCHIVE) == DirRecord.ATTR_VOLUME;
                skip = c == DirRecord.DELETED || c == '.' || volume != (mode == Scan.LABEL);
            }
            if (skip) {
                ord = 0xFF;
                first = -1;
                continue;
            }
            if (mode == Scan.LABEL) {
                out.add(new Entry(slot, slot, ""));
                return out;
            }
            if (a == DirRecord.ATTR_LFN) {
                if ((c & 0x40) != 0) {
                    sum = data[off + 13] & 0xFF;
                    c &= ~0x40;
                    ord = c;
                    first = slot;
                }
                boolean ok = c == ord && sum == (data[off + 13] & 0xFF) && pickLfn(lfn, off);
                ord = ok ? ord - 1 : 0xFF;
                continue;
            }
            boolean hasLfn = ord == 0 && sum == FatName.checksum(data, off);
            int len = hasLfn ? lfnLength(lfn) : 0;
            if (mode == Scan.FIND) {
                boolean match = (hasLfn && wanted.sameLongName(lfn, len))
                        || (!wanted.lossy() && Arrays.equals(data, off, off + 11, wanted.shortName, 0, 11));
                if (match) {
                    out.add(new Entry(slot, hasLfn ? first : slot, null));
                    return out;
                }
            } else {
                String name = hasLfn ? FatName.displayLongName(lfn, len) : null;
                if (name == null) {
                    name = FatName.displayShortName(data, off);
                }
                out.add(new Entry(slot, hasLfn ? first : slot, name));
            }
            ord = 0xFF;
            first = -1;
        }
        return out;
    }

    /** FatFs {@code pick_lfn}: copies one LFN entry's 13 characters into place; false if malformed. */
    private boolean pickLfn(char[] lfn, int off) {
        if (LittleEndian.u16(data, off + 26) != 0) {
            return false;
        }
        int i = ((data[off] & 0x3F) - 1) * 13;
        if (i < 0) {
            return false;
        }
        int wc = 1;
        for (int s = 0; s < 13; s++) {
            int uc = LittleEndian.u16(data, off + LFN_OFFSETS[s]);
            if (wc != 0) {
                if (i > FatName.MAX_LFN) {
                    return false;
                }
                lfn[i++] = (char) uc;
                wc = uc;
            } else if (uc != 0xFFFF) {
                return false;
            }
        }
        // Only an unterminated last part needs a terminator: a 255-character name ends exactly at the buffer's end.
        if ((data[off] & 0x40) != 0 && wc != 0) {
            if (i > FatName.MAX_LFN) {
                return false;
            }
            lfn[i] = 0;
        }
        return true;
    }

    private static int lfnLength(char[] lfn) {
        int n = 0;
        while (n <= FatName.MAX_LFN && lfn[n] != 0) {
            n++;
        }
        return n;
    }

    /**
     * FatFs {@code dir_alloc}: the first run of {@code count} free slots, growing the directory by a zeroed
     * cluster when it runs out. No room (full fixed root, full disk, 2 MiB directory) is FR_DENIED: EACCES.
     */
    int allocate(int count) throws StorageException {
        int run = 0;
        for (int slot = 0; ; slot++) {
            if (slot >= slots() && !grow()) {
                throw new StorageException(Errno.EACCES, "no room in directory");
            }
            int c = data[offset(slot)] & 0xFF;
            if (c == DirRecord.DELETED || c == 0) {
                if (++run == count) {
                    return slot - count + 1;
                }
            } else {
                run = 0;
            }
        }
    }

    private boolean grow() throws StorageException {
        if (clusters.isEmpty() || data.length + vol.clusterBytes > MAX_DIR_BYTES) {
            return false;
        }
        long c = vol.fat.extend(clusters.get(clusters.size() - 1));
        if (c == 0) {
            return false;
        }
        writeZeroCluster(vol, c);
        clusters.add(c);
        data = Arrays.copyOf(data, data.length + vol.clusterBytes);
        return true;
    }

    static void writeZeroCluster(FatVolume vol, long c) throws StorageException {
        vol.writeSectors(vol.clusterSector(c), new byte[vol.clusterBytes], 0, vol.sectorsPerCluster);
    }

    /**
     * FatFs {@code dir_register}: picks a free short name ({@code ~N} for lossy names), allocates the LFN run and
     * the short entry, writes the LFN entries and a zeroed short entry holding only the name and NT case bits.
     * Returns the short entry's slot.
     */
    int register(FatName name) throws StorageException {
        if (name.isDot()) {
            throw new StorageException(Errno.EINVAL, "cannot create a dot entry");
        }
        byte[] sfn = name.shortName;
        if (name.lossy()) {
            sfn = null;
            for (int n = 1; n < 100 && sfn == null; n++) {
                byte[] candidate = name.numberedShortName(n);
                if (!shortNameTaken(candidate)) {
                    sfn = candidate;
                }
            }
            if (sfn == null) {
                throw new StorageException(Errno.EACCES, "no free short name");
            }
        }
        int len = name.longName.length;
        int count = name.needsLfn() ? (len + 12) / 13 + 1 : 1;
        int first = allocate(count);
        int sum = FatName.checksum(sfn, 0);
        for (int k = count - 1; k >= 1; k--) {
            int slot = first + (count - 1 - k);
            putLfn(offset(slot), name.longName, k, sum);
            markDirty(slot);
        }
        int slot = first + count - 1;
        int off = offset(slot);
        Arrays.fill(data, off, off + FatVolume.DIR_ENTRY, (byte) 0);
        System.arraycopy(sfn, 0, data, off, 11);
        data[off + 12] = (byte) name.caseBits();
        markDirty(slot);
        showInWindow(slot);
        return slot;
    }

    private void putLfn(int off, char[] lfn, int ord, int sum) {
        data[off + 11] = DirRecord.ATTR_LFN;
        data[off + 12] = 0;
        data[off + 13] = (byte) sum;
        LittleEndian.put16(data, off + 26, 0);
        int i = (ord - 1) * 13;
        int wc = 0;
        for (int s = 0; s < 13; s++) {
            if (wc != 0xFFFF) {
                wc = i < lfn.length ? lfn[i++] : 0;
            }
            LittleEndian.put16(data, off + LFN_OFFSETS[s], wc);
            if (wc == 0) {
                wc = 0xFFFF;
            }
        }
        if (wc == 0xFFFF || i >= lfn.length) {
            ord |= 0x40;
        }
        data[off] = (byte) ord;
    }

    /** FatFs {@code dir_remove}: marks the LFN run and the short entry deleted. */
    void remove(Entry e) throws StorageException {
        for (int slot = e.firstSlot(); slot <= e.slot(); slot++) {
            data[offset(slot)] = (byte) DirRecord.DELETED;
            markDirty(slot);
        }
        showInWindow(e.slot());
    }

    /** Whether the directory holds anything besides dot entries (FatFs checks this before removing it). */
    boolean isEmpty() {
        return list().isEmpty();
    }
}
