package org.mpyjvm.runtime.fat;

import static org.mpyjvm.runtime.fat.LittleEndian.put16;
import static org.mpyjvm.runtime.fat.LittleEndian.put32;
import static org.mpyjvm.runtime.fat.LittleEndian.u16;
import static org.mpyjvm.runtime.fat.LittleEndian.u32;
import static org.mpyjvm.runtime.fat.LittleEndian.u8;

import org.mpyjvm.runtime.Errno;
import org.mpyjvm.runtime.StorageException;
import org.mpyjvm.runtime.blockdev.BlockDevice;

/**
 * A mounted FAT volume: the geometry read from the boot sector (FatFs {@code find_volume} rules, fat.md section 3),
 * sector I/O relative to the volume start, the FAT, and FAT32's FSInfo. Everything read from the boot sector is
 * validated here once, so the rest of the package can trust these numbers.
 *
 * <pre>
 * volume:  [reserved: boot sector, FAT32 FSInfo(1), backup boot(6)] [FAT x n] [FAT12/16 root dir] [data clusters 2..]
 * </pre>
 */
final class FatVolume {
    static final int DIR_ENTRY = 32;
    private static final long FSI_LEAD = 0x41615252L;
    private static final long FSI_STRUCT = 0x61417272L;

    final BlockDevice dev;
    final int sectorSize;
    final long base;
    final long totalSectors;
    final FatType type;
    final int sectorsPerCluster;
    final int clusterBytes;
    final long fatStart;
    final long fatSectors;
    final int fatCount;
    final long rootDirStart;
    final int rootEntries;
    final long rootCluster;
    final long dataStart;
    final long clusterCount;
    final long serial;
    /** FatFs writes FSInfo back only when BPB_FSInfo is 1 (fsi_flag). */
    final boolean fsInfoWritable;
    final FatTable fat;
    final FatClock clock;
    final SectorWindow window = new SectorWindow();
    boolean readOnly;

    private FatVolume(BlockDevice dev, int ss, long base, byte[] bs, FatClock clock) throws StorageException {
        this.dev = dev;
        this.sectorSize = ss;
        this.base = base;
        this.clock = clock;
        int fats = u8(bs, 16);
        long fatSize = u16(bs, 22) != 0 ? u16(bs, 22) : u32(bs, 36);
        int spc = u8(bs, 13);
        int rootEnt = u16(bs, 17);
        long total = u16(bs, 19) != 0 ? u16(bs, 19) : u32(bs, 32);
        int reserved = u16(bs, 14);
        this.sectorsPerCluster = spc;
        this.clusterBytes = spc * ss;
        this.fatCount = fats;
        this.fatSectors = fatSize;
        this.rootEntries = rootEnt;
        this.totalSectors = total;
        this.fatStart = reserved;
        this.rootDirStart = reserved + fats * fatSize;
        long sysSectors = rootDirStart + (long) rootEnt * DIR_ENTRY / ss;
        this.dataStart = sysSectors;
        this.clusterCount = (total - sysSectors) / spc;
        this.type = FatType.forClusterCount(clusterCount);
        this.serial = type == FatType.FAT32 ? u32(bs, 67) : u32(bs, 39);
        this.rootCluster = type == FatType.FAT32 ? u32(bs, 44) : 0;
        this.fsInfoWritable = type == FatType.FAT32 && u16(bs, 48) == 1;
        this.fat = new FatTable(this);
        window.show(0, bs, 0);
        if (fsInfoWritable) {
            byte[] info = readSector(1);
            window.show(1, info, 0);
            if (u16(info, 510) == 0xAA55 && u32(info, 0) == FSI_LEAD && u32(info, 484) == FSI_STRUCT) {
                fat.adoptFsInfo(u32(info, 488), u32(info, 492));
            }
        }
    }

    /** Mounts the first FAT volume on the device, or returns null when there is none (FatFs FR_NO_FILESYSTEM). */
    static FatVolume mount(BlockDevice dev, FatClock clock) throws StorageException {
        int ss = checkedSectorSize(dev);
        byte[] s0 = readDeviceSector(dev, 0, ss);
        long base = 0;
        int kind = bootRecordKind(s0);
        if (kind == NOT_FAT) {
            // only a partition table needs the device size (FatFs's f_mount never asks for it: ioctl 4 stays
            // out of the call trace of a plain volume)
            long devSectors = dev.blockCount();
            kind = NO_SIGNATURE;
            for (int i = 0; i < 4 && kind != FAT_VBR; i++) {
                int pte = 446 + 16 * i;
                long start = u8(s0, pte + 4) != 0 ? u32(s0, pte + 8) : 0;
                if (start == 0 || start >= devSectors) {
                    continue;
                }
                byte[] vbr = readDeviceSector(dev, start, ss);
                kind = bootRecordKind(vbr);
                if (kind == FAT_VBR) {
                    base = start;
                    s0 = vbr;
                }
            }
        }
        if (kind != FAT_VBR || !plausibleBpb(s0, ss)) {
            return null;
        }
        return new FatVolume(dev, ss, base, s0, clock);
    }

    private static final int FAT_VBR = 0;
    private static final int NOT_FAT = 2;
    private static final int NO_SIGNATURE = 3;

    /** FatFs {@code check_fs}: 0 = FAT boot sector, 2 = signed but not FAT (maybe an MBR), 3 = no signature. */
    private static int bootRecordKind(byte[] s) {
        if (u16(s, 510) != 0xAA55) {
            return NO_SIGNATURE;
        }
        int jump = u8(s, 0);
        if (jump == 0xEB || jump == 0xE9 || jump == 0xE8) {
            if (s[54] == 'F' && s[55] == 'A' && s[56] == 'T') {
                return FAT_VBR;
            }
            if (s[82] == 'F' && s[83] == 'A' && s[84] == 'T' && s[85] == '3' && s[86] == '2') {
                return FAT_VBR;
            }
        }
        return NOT_FAT;
    }

    /** The BPB checks of FatFs {@code find_volume}; any failure means "no filesystem". */
    private static boolean plausibleBpb(byte[] bs, int ss) {
        if (u16(bs, 11) != ss) {
            return false;
        }
        int fats = u8(bs, 16);
        if (fats != 1 && fats != 2) {
            return false;
        }
        long fatSize = u16(bs, 22) != 0 ? u16(bs, 22) : u32(bs, 36);
        int spc = u8(bs, 13);
        if (spc == 0 || (spc & (spc - 1)) != 0) {
            return false;
        }
        int rootEnt = u16(bs, 17);
        if (rootEnt % (ss / DIR_ENTRY) != 0) {
            return false;
        }
        long total = u16(bs, 19) != 0 ? u16(bs, 19) : u32(bs, 32);
        int reserved = u16(bs, 14);
        if (reserved == 0) {
            return false;
        }
        long sys = reserved + fats * fatSize + (long) rootEnt * DIR_ENTRY / ss;
        if (total < sys) {
            return false;
        }
        long clusters = (total - sys) / spc;
        if (clusters == 0 || clusters > FatType.MAX_FAT32) {
            return false;
        }
        FatType t = FatType.forClusterCount(clusters);
        long fatBytes;
        if (t == FatType.FAT32) {
            if (u16(bs, 42) != 0 || rootEnt != 0) {
                return false;
            }
            fatBytes = (clusters + 2) * 4;
        } else {
            if (rootEnt == 0) {
                return false;
            }
            long n = clusters + 2;
            fatBytes = t == FatType.FAT16 ? n * 2 : n * 3 / 2 + (n & 1);
        }
        return fatSize >= (fatBytes + ss - 1) / ss;
    }

    /** The device sector size FatFs accepts: a power of two from 512 to 4096, else a disk error (EIO). */
    static int checkedSectorSize(BlockDevice dev) throws StorageException {
        int ss = dev.blockSize();
        if (ss < 512 || ss > 4096 || (ss & (ss - 1)) != 0) {
            throw new StorageException(Errno.EIO, "sector size " + ss + " not supported by FAT");
        }
        return ss;
    }

    private static byte[] readDeviceSector(BlockDevice dev, long sector, int ss) throws StorageException {
        byte[] b = new byte[ss];
        dev.read(sector, 0, b, 0, ss);
        return b;
    }

    long entryCount() {
        return clusterCount + 2;
    }

    boolean isValidCluster(long c) {
        return c >= 2 && c < entryCount();
    }

    /** First sector (volume-relative) of a data cluster; EIO for a cluster number outside the volume. */
    long clusterSector(long cluster) throws StorageException {
        if (!isValidCluster(cluster)) {
            throw new StorageException(Errno.EIO, "cluster " + cluster + " out of range");
        }
        return dataStart + (cluster - 2) * sectorsPerCluster;
    }

    byte[] readSector(long sector) throws StorageException {
        byte[] b = new byte[sectorSize];
        readSectors(sector, b, 0, 1);
        return b;
    }

    void readSectors(long sector, byte[] dst, int off, int count) throws StorageException {
        checkRange(sector, count);
        dev.read(base + sector, 0, dst, off, count * sectorSize);
    }

    void writeSectors(long sector, byte[] src, int off, int count) throws StorageException {
        if (readOnly) {
            throw new StorageException(Errno.EROFS);
        }
        checkRange(sector, count);
        dev.writeBlocks(base + sector, src, off, count * sectorSize);
    }

    private void checkRange(long sector, int count) throws StorageException {
        if (sector < 0 || count < 0 || sector + count > totalSectors) {
            throw new StorageException(Errno.EIO, "sector " + sector + " outside the volume");
        }
    }

    void checkWritable() throws StorageException {
        if (readOnly) {
            throw new StorageException(Errno.EROFS);
        }
    }

    /** Writes the FAT and, on FAT32, FSInfo (FatFs {@code sync_fs}), then ioctl(3). */
    void sync() throws StorageException {
        if (readOnly) {
            return;
        }
        fat.flush();
        if (fsInfoWritable && fat.fsInfoChanged()) {
            byte[] info = fsInfoSector(sectorSize, fat.freeClusters(), fat.lastAllocated());
            writeSectors(1, info, 0, 1);
            window.show(1, info, 0);
            fat.fsInfoWritten();
        }
        dev.sync();
    }

    /**
     * Copies the volume label into the boot sector (and FAT32's backup boot sector). FatFs changes only the root
     * directory's label entry; fsck.fat then reports the mismatch, so we keep both in step.
     */
    void writeBootLabel(byte[] name11) throws StorageException {
        int at = type == FatType.FAT32 ? 71 : 43;
        byte[] bs = readSector(0);
        if (bs[at - 5] != 0x29) {
            return; // no extended boot signature: the BPB has no label field
        }
        System.arraycopy(name11, 0, bs, at, 11);
        writeSectors(0, bs, 0, 1);
        int backup = u16(bs, 50);
        if (type == FatType.FAT32 && backup > 0 && backup < fatStart) {
            writeSectors(backup, bs, 0, 1);
        }
    }

    static byte[] fsInfoSector(int ss, long free, long next) {
        byte[] b = new byte[ss];
        put32(b, 0, FSI_LEAD);
        put32(b, 484, FSI_STRUCT);
        put32(b, 488, free);
        put32(b, 492, next);
        put16(b, 510, 0xAA55);
        return b;
    }
}
