package org.mpyjvm.runtime.fat;

import static org.mpyjvm.runtime.fat.LittleEndian.put16;
import static org.mpyjvm.runtime.fat.LittleEndian.put32;

import java.nio.charset.StandardCharsets;
import org.mpyjvm.runtime.Errno;
import org.mpyjvm.runtime.StorageException;
import org.mpyjvm.runtime.blockdev.BlockDevice;

/**
 * MicroPython's {@code VfsFat.mkfs}: FatFs R0.13c {@code f_mkfs} with {@code FM_FAT | FM_SFD}, retried once with
 * {@code FM_FAT32} (which puts the volume in an MBR partition at sector 63). Writes only what FatFs writes: the
 * boot sector, FAT32's FSInfo and backup boot sector, the FAT, the root directory and the MBR; the data area keeps
 * its stale bytes, which is why a 32 GiB card formats in well under a second.
 */
public final class FatFormatter {
    /**
     * MicroPython gives f_mkfs a working buffer of FF_MAX_SS (4096) bytes, so the FAT and the root directory go
     * out in runs of up to 4096 bytes (fat.md 2.2); user block devices see exactly these calls.
     */
    private static final int WORK_BUFFER = 4096;

    private FatFormatter() {
    }

    /** {@code VfsFat.mkfs(bdev)}: FAT12/16 without partition table, else FAT32 behind an MBR. */
    public static FatGeometry mkfs(BlockDevice dev, FatClock clock) throws StorageException {
        try {
            return format(dev, clock, FatGeometry.FM_FAT | FatGeometry.FM_SFD);
        } catch (MkfsAbortedException e) {
            return format(dev, clock, FatGeometry.FM_FAT32);
        }
    }

    /** One {@code f_mkfs} call with FatFs option bits ({@link FatGeometry#FM_FAT}, FM_FAT32, FM_SFD). */
    public static FatGeometry format(BlockDevice dev, FatClock clock, int options) throws StorageException {
        if (!dev.isWritable()) {
            throw new StorageException(Errno.EROFS);
        }
        int ss = FatVolume.checkedSectorSize(dev);
        FatGeometry g = FatGeometry.choose(dev.blockCount(), ss, options);
        long serial = FatTime.pack(clock.now());
        long vol = g.volumeStart();

        byte[] boot = bootSector(g, serial);
        dev.writeBlocks(vol, boot, 0, ss);
        if (g.type() == FatType.FAT32) {
            dev.writeBlocks(vol + 6, boot, 0, ss);
            byte[] info = FatVolume.fsInfoSector(ss, g.clusters() - 1, 2);
            dev.writeBlocks(vol + 7, info, 0, ss);
            dev.writeBlocks(vol + 1, info, 0, ss);
        }

        long fatStart = vol + g.reservedSectors();
        byte[] first = new byte[ss];
        switch (g.type()) {
            case FAT12 -> put32(first, 0, 0xFFFFF8L);
            case FAT16 -> put32(first, 0, 0xFFFFFFF8L);
            case FAT32 -> {
                put32(first, 0, 0xFFFFFFF8L);
                put32(first, 4, 0xFFFFFFFFL);
                put32(first, 8, 0x0FFFFFFFL);
            }
        }
        for (int i = 0; i < g.fatCount(); i++) {
            writeRuns(dev, fatStart + i * g.fatSectors(), g.fatSectors(), ss, first);
        }
        long rootSectors = g.type() == FatType.FAT32 ? g.sectorsPerCluster() : g.rootDirSectors();
        writeRuns(dev, fatStart + g.fatCount() * g.fatSectors(), rootSectors, ss, null);

        if ((options & FatGeometry.FM_SFD) == 0) {
            dev.writeBlocks(0, masterBootRecord(g), 0, ss);
        }
        dev.sync();
        return g;
    }

    static byte[] bootSector(FatGeometry g, long serial) {
        int ss = g.sectorSize();
        byte[] b = new byte[ss];
        byte[] head = {(byte) 0xEB, (byte) 0xFE, (byte) 0x90};
        System.arraycopy(head, 0, b, 0, 3);
        ascii(b, 3, "MSDOS5.0");
        put16(b, 11, ss);
        b[13] = (byte) g.sectorsPerCluster();
        put16(b, 14, g.reservedSectors());
        b[16] = (byte) g.fatCount();
        put16(b, 17, g.rootEntries());
        if (g.volumeSectors() < 0x10000) {
            put16(b, 19, (int) g.volumeSectors());
        } else {
            put32(b, 32, g.volumeSectors());
        }
        b[21] = (byte) 0xF8;
        put16(b, 24, 63);
        put16(b, 26, 255);
        put32(b, 28, g.volumeStart());
        if (g.type() == FatType.FAT32) {
            put32(b, 67, serial);
            put32(b, 36, g.fatSectors());
            put32(b, 44, 2);
            put16(b, 48, 1);
            put16(b, 50, 6);
            b[64] = (byte) 0x80;
            b[66] = 0x29;
            ascii(b, 71, "NO NAME    FAT32   ");
        } else {
            put32(b, 39, serial);
            put16(b, 22, (int) g.fatSectors());
            b[36] = (byte) 0x80;
            b[38] = 0x29;
            ascii(b, 43, "NO NAME    FAT     ");
        }
        put16(b, 510, 0xAA55);
        return b;
    }

    /** FatFs's single-partition table: one entry, CHS start 0/1/1, end computed as FatFs does. */
    private static byte[] masterBootRecord(FatGeometry g) {
        byte[] b = new byte[g.sectorSize()];
        int pte = 446;
        int sys;
        if (g.type() == FatType.FAT32) {
            sys = 0x0C;
        } else if (g.volumeSectors() >= 0x10000) {
            sys = 0x06;
        } else {
            sys = g.type() == FatType.FAT16 ? 0x04 : 0x01;
        }
        long endCyl = (g.volumeStart() + g.volumeSectors()) / (63 * 255);
        b[pte] = 0;
        b[pte + 1] = 1;
        b[pte + 2] = 1;
        b[pte + 3] = 0;
        b[pte + 4] = (byte) sys;
        b[pte + 5] = (byte) 254;
        b[pte + 6] = (byte) (endCyl >> 2 | 63);
        b[pte + 7] = (byte) endCyl;
        put32(b, pte + 8, g.volumeStart());
        put32(b, pte + 12, g.volumeSectors());
        put16(b, 510, 0xAA55);
        return b;
    }

    /** {@code count} sectors from {@code sector} in work-buffer runs: zeros, the first sector {@code first} if given. */
    static void writeRuns(BlockDevice dev, long sector, long count, int ss, byte[] first) throws StorageException {
        int perRun = Math.max(1, WORK_BUFFER / ss);
        byte[] run = new byte[perRun * ss];
        if (first != null) {
            System.arraycopy(first, 0, run, 0, ss);
        }
        while (count > 0) {
            int n = (int) Math.min(perRun, count);
            dev.writeBlocks(sector, run, 0, n * ss);
            java.util.Arrays.fill(run, 0, ss, (byte) 0);
            sector += n;
            count -= n;
        }
    }

    private static void ascii(byte[] b, int off, String s) {
        byte[] t = s.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(t, 0, b, off, t.length);
    }
}
