package org.mpyjvm.runtime.fat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mpyjvm.runtime.Errno;
import org.mpyjvm.runtime.StorageException;
import org.mpyjvm.runtime.blockdev.RamDisk;
import org.mpyjvm.runtime.fs.StatVfs;

/** mkfs geometry against the sizes MicroPython was observed to produce (fat.md section 2.1). */
class FatFormatterTest {

    @ParameterizedTest
    @CsvSource({
        "50, 512, FAT12, 1, 1, 16",
        "128, 512, FAT12, 1, 1, 94",
        "2048, 512, FAT12, 1, 7, 2008",
        "4096, 512, FAT12, 2, 7, 2028",
        "8192, 512, FAT12, 4, 7, 2038",
        "32768, 512, FAT16, 4, 33, 8175",
        "65536, 512, FAT16, 8, 33, 8183",
        "131072, 512, FAT16, 8, 65, 16371",
        "22, 4096, FAT12, 1, 1, 16",
        "256, 4096, FAT12, 1, 1, 250",
        "1024, 4096, FAT12, 1, 1, 1018",
    })
    void geometryMatchesMicroPython(long sectors, int ss, FatType type, int spc, long fatSectors, long clusters)
            throws StorageException {
        FatGeometry g = FatGeometry.choose(sectors, ss, FatGeometry.FM_FAT | FatGeometry.FM_SFD);
        assertEquals(type, g.type());
        assertEquals(spc, g.sectorsPerCluster());
        assertEquals(fatSectors, g.fatSectors());
        assertEquals(clusters, g.clusters());
        assertEquals(1, g.fatCount());
        assertEquals(512, g.rootEntries());
    }

    @ParameterizedTest
    @CsvSource({"49, 512", "21, 4096"})
    void tooSmallIsEio(int sectors, int ss) {
        StorageException e = assertThrows(StorageException.class,
                () -> FatFilesystem.mkfs(new RamDisk(ss, sectors), FatClock.noRtc()));
        assertEquals(Errno.EIO, e.errno());
    }

    @Test
    void twoGibIsFat16With64KiBClusters() throws StorageException {
        SparseDisk disk = new SparseDisk(512, 4L * 1024 * 1024);
        FatFilesystem.mkfs(disk, FatClock.noRtc());
        FatFilesystem fs = new FatFilesystem(disk, FatClock.noRtc());
        assertEquals(FatType.FAT16, fs.fatType());
        assertEquals(new StatVfs(65536, 65536, 32766, 32766, 32766, 0, 0, 0, 0, 255), fs.statvfs("/"));
    }

    @Test
    void sdhc32GibFormatsAsFat32BehindAnMbrQuickly() throws StorageException {
        SparseDisk disk = new SparseDisk(512, 67_108_864L);
        long t0 = System.nanoTime();
        FatGeometry g = FatFilesystem.mkfs(disk, FatClock.noRtc());
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertTrue(ms < 2000, "format took " + ms + " ms");
        assertEquals(FatType.FAT32, g.type());
        assertEquals(63, g.volumeStart());
        assertTrue(disk.blocksWritten < 20_000, "wrote " + disk.blocksWritten + " sectors");
        FatFilesystem fs = new FatFilesystem(disk, FatClock.noRtc());
        assertEquals(FatType.FAT32, fs.fatType());
        assertEquals(new StatVfs(32768, 32768, 1048446, 1048445, 1048445, 0, 0, 0, 0, 255), fs.statvfs("/"));
        FatImages.writeAll(fs, "/hello.txt", "hi".getBytes());
        assertEquals(1048444, fs.statvfs("/").bfree());
        // the FSInfo free count is what a fresh mount trusts
        FatFilesystem again = new FatFilesystem(disk, FatClock.noRtc());
        assertEquals(1048444, again.statvfs("/").bfree());
        byte[] mbr = disk.blocks.get(0L);
        assertEquals(0x0C, mbr[446 + 4] & 0xFF);
        assertEquals(0x55, mbr[510] & 0xFF);
    }

    @Test
    void mountWithMkfsFormatsOnlyWhenUnformatted() throws StorageException {
        RamDisk disk = new RamDisk(512, 200);
        FatFilesystem fs = new FatFilesystem(disk, FatClock.noRtc());
        StorageException e = assertThrows(StorageException.class, () -> fs.stat("/x"));
        assertEquals(Errno.ENODEV, e.errno());
        StorageException m = assertThrows(StorageException.class, () -> fs.mount(false, false));
        assertEquals(Errno.ENODEV, m.errno());
        StorageException ro = assertThrows(StorageException.class, () -> fs.mount(true, true));
        assertEquals(Errno.EROFS, ro.errno());
        fs.mount(false, true);
        assertEquals(FatType.FAT12, fs.fatType());
        FatImages.writeAll(fs, "/a.txt", new byte[] {1, 2, 3});
        fs.mount(false, true);
        assertEquals(3, fs.stat("/a.txt").size());
    }
}
