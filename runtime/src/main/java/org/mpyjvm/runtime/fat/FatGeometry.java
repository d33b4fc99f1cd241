package org.mpyjvm.runtime.fat;

import org.mpyjvm.runtime.Errno;
import org.mpyjvm.runtime.StorageException;

/**
 * The layout FatFs R0.13c {@code f_mkfs} chooses for a device (fat.md section 2): FAT type, cluster size, FAT size,
 * reserved sectors, one FAT, 512 root entries on FAT12/16. Sectors are counted from the start of the volume,
 * which is sector {@code volumeStart} of the device (0, or 63 when an MBR is written).
 */
public record FatGeometry(FatType type, int sectorSize, long volumeStart, long volumeSectors, int sectorsPerCluster,
                          int reservedSectors, int fatCount, long fatSectors, int rootEntries, long clusters) {

    /** FatFs f_mkfs option bits. */
    public static final int FM_FAT = 0x01;
    public static final int FM_FAT32 = 0x02;
    public static final int FM_SFD = 0x08;

    private static final int[] FAT_AU_STEPS = {1, 4, 16, 64, 256, 512};     // units of 4 Ki-sectors
    private static final int[] FAT32_AU_STEPS = {1, 2, 4, 8, 16, 32};       // units of 128 Ki-sectors
    private static final int ROOT_ENTRIES = 512;
    private static final int DIR_ENTRY = 32;

    public long rootDirSectors() {
        return (long) rootEntries * DIR_ENTRY / sectorSize;
    }

    public long dataStart() {
        return reservedSectors + (long) fatCount * fatSectors + rootDirSectors();
    }

    /**
     * Runs FatFs's sizing loop (auto cluster size) for {@code deviceSectors} sectors of {@code sectorSize} bytes.
     * Throws EIO where FatFs returns FR_MKFS_ABORTED.
     */
    public static FatGeometry choose(long deviceSectors, int sectorSize, int options) throws StorageException {
        long volStart = (options & FM_SFD) != 0 ? 0 : 63;
        if (deviceSectors < volStart) {
            throw aborted("device smaller than the partition offset");
        }
        long vol = deviceSectors - volStart;
        if (vol > 0xFFFFFFFFL) {
            throw aborted("volume larger than 2^32 sectors");
        }
        FatType fmt;
        if ((options & FM_FAT32) != 0 && (options & FM_FAT) == 0) {
            fmt = FatType.FAT32;
        } else if ((options & FM_FAT) != 0) {
            fmt = FatType.FAT16;
        } else {
            throw new StorageException(Errno.EINVAL, "no FAT type selected");
        }
        long au = 0;
        for (int round = 0; round < 64; round++) {
            long pau = au;
            long clusters;
            long fatSectors;
            int reserved;
            long dirSectors;
            if (fmt == FatType.FAT32) {
                if (pau == 0) {
                    pau = autoClusterSize(vol / 0x20000, FAT32_AU_STEPS);
                }
                clusters = vol / pau;
                fatSectors = ceilDiv(clusters * 4 + 8, sectorSize);
                reserved = 32;
                dirSectors = 0;
                if (clusters <= FatType.MAX_FAT16 || clusters > FatType.MAX_FAT32) {
                    throw aborted("cluster count does not fit FAT32");
                }
            } else {
                if (pau == 0) {
                    pau = autoClusterSize(vol / 0x1000, FAT_AU_STEPS);
                }
                clusters = vol / pau;
                long fatBytes;
                if (clusters > FatType.MAX_FAT12) {
                    fatBytes = clusters * 2 + 4;
                } else {
                    fmt = FatType.FAT12;
                    fatBytes = (clusters * 3 + 1) / 2 + 3;
                }
                fatSectors = ceilDiv(fatBytes, sectorSize);
                reserved = 1;
                dirSectors = (long) ROOT_ENTRIES * DIR_ENTRY / sectorSize;
            }
            long dataBase = reserved + fatSectors + dirSectors;
            if (vol < dataBase + pau * 16) {
                throw aborted("fewer than 16 clusters");
            }
            clusters = (vol - reserved - fatSectors - dirSectors) / pau;
            if (fmt == FatType.FAT32 && clusters <= FatType.MAX_FAT16) {
                if (au == 0 && pau / 2 != 0) {
                    au = pau / 2;
                    continue;
                }
                throw aborted("too few clusters for FAT32");
            }
            if (fmt == FatType.FAT16) {
                if (clusters > FatType.MAX_FAT16) {
                    if (au == 0 && pau * 2 <= 64) {
                        au = pau * 2;
                        continue;
                    }
                    if ((options & FM_FAT32) != 0) {
                        fmt = FatType.FAT32;
                        continue;
                    }
                    if (au == 0 && pau * 2 <= 128) {
                        au = pau * 2;
                        continue;
                    }
                    throw aborted("too many clusters for FAT16");
                }
                if (clusters <= FatType.MAX_FAT12) {
                    if (au == 0 && pau * 2 <= 128) {
                        au = pau * 2;
                        continue;
                    }
                    throw aborted("too few clusters for FAT16");
                }
            }
            if (fmt == FatType.FAT12 && clusters > FatType.MAX_FAT12) {
                throw aborted("too many clusters for FAT12");
            }
            return new FatGeometry(fmt, sectorSize, volStart, vol, (int) pau, reserved, 1, fatSectors,
                    fmt == FatType.FAT32 ? 0 : ROOT_ENTRIES, clusters);
        }
        throw aborted("cluster size search did not settle");
    }

    private static long autoClusterSize(long units, int[] steps) {
        long pau = 1;
        for (int step : steps) {
            if (step <= units) {
                pau <<= 1;
            }
        }
        return pau;
    }

    private static long ceilDiv(long a, long b) {
        return (a + b - 1) / b;
    }

    private static MkfsAbortedException aborted(String why) {
        return new MkfsAbortedException(why);
    }
}
