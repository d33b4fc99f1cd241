package org.mpyjvm.runtime.fat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.Arrays;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.mpyjvm.runtime.Errno;
import org.mpyjvm.runtime.StorageException;
import org.mpyjvm.runtime.blockdev.RamDisk;
import org.mpyjvm.runtime.fs.DirEntry;
import org.mpyjvm.runtime.fs.FileHandle;
import org.mpyjvm.runtime.fs.OpenMode;

/** Damaged images raise StorageException (EIO/ENODEV...), never another exception, a hang or an OOM. */
class FatCorruptImageTest {
    private static final String IMAGE = "fat-b512-n1024.img.gz";

    /** Mounts and runs every kind of operation; only StorageException may come out. */
    static void exercise(byte[] image, int blockSize) {
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            FatFilesystem fs;
            try {
                fs = new FatFilesystem(new RamDisk(blockSize, image), FatClock.noRtc());
            } catch (StorageException e) {
                return;
            }
            walk(fs, "/", 0);
            attempt(() -> fs.statvfs("/"));
            attempt(() -> FatImages.writeAll(fs, "/new file.txt", new byte[3000]));
            attempt(() -> {
                FileHandle f = fs.open("/data/log.txt", OpenMode.parse("a"));
                f.write(new byte[700], 0, 700);
                f.seek(50_000, FileHandle.SEEK_SET);
                f.write(new byte[1], 0, 1);
                f.truncate(10);
                f.close();
            });
            attempt(() -> fs.mkdir("/new dir"));
            attempt(() -> fs.rename("/greeting.txt", "/data/empty/moved.txt"));
            attempt(() -> fs.rename("/data", "/new dir/data"));
            attempt(() -> fs.chdir("/data/empty"));
            attempt(fs::getcwd);
            attempt(() -> fs.remove("/A Long File Name.txt"));
            attempt(() -> fs.remove("/data/big.bin"));
            attempt(() -> fs.rmdir("/data/empty"));
            attempt(() -> fs.setLabel("DAMAGED"));
            attempt(fs::label);
            walk(fs, "/", 0);
            attempt(() -> fs.statvfs("/"));
        });
    }

    interface Op {
        void run() throws StorageException;
    }

    static void attempt(Op op) {
        try {
            op.run();
        } catch (StorageException expected) {
            // the only acceptable failure
        }
    }

    private static void walk(FatFilesystem fs, String dir, int depth) {
        if (depth > 6) {
            return; // a directory entry pointing at an ancestor is a cycle only the walker must avoid
        }
        attempt(() -> {
            for (DirEntry e : fs.ilistdir(dir)) {
                String p = (dir.endsWith("/") ? dir : dir + "/") + e.name();
                attempt(() -> fs.stat(p));
                if (e.isDir()) {
                    walk(fs, p, depth + 1);
                } else {
                    attempt(() -> readSome(fs, p));
                }
            }
        });
    }

    /** Reads at most 1 MiB: a damaged entry may claim a 4 GiB file. */
    private static void readSome(FatFilesystem fs, String path) throws StorageException {
        FileHandle f = fs.open(path, OpenMode.READ);
        byte[] buf = new byte[8192];
        for (int total = 0; total < (1 << 20); ) {
            int n = f.read(buf, 0, buf.length);
            if (n == 0) {
                break;
            }
            total += n;
        }
        f.seek(-1, FileHandle.SEEK_END);
        f.read(buf, 0, 1);
        f.close();
    }

    static FatVolume volume(byte[] image) throws StorageException {
        return FatVolume.mount(new RamDisk(512, image), FatClock.noRtc());
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 5, 20, 36, 40, 100, 500, 1023})
    void truncatedImages(int sectors) throws Exception {
        byte[] image = Arrays.copyOf(FatImages.fixture(IMAGE), sectors * 512);
        exercise(image, 512);
    }

    @Test
    void truncatedImageReadsFailWithEio() throws Exception {
        byte[] image = Arrays.copyOf(FatImages.fixture(IMAGE), 60 * 512); // big.bin spans sectors 53..72
        FatFilesystem fs = new FatFilesystem(new RamDisk(512, image), FatClock.noRtc());
        StorageException e = assertThrows(StorageException.class, () -> FatImages.readAll(fs, "/data/big.bin"));
        assertEquals(Errno.EIO, e.errno());
    }

    @Test
    void everyClusterLinksToItself() throws Exception {
        byte[] image = FatImages.fixture(IMAGE);
        RamDisk disk = new RamDisk(512, image);
        FatVolume v = FatVolume.mount(disk, FatClock.noRtc());
        for (long c = 2; c < v.entryCount(); c++) {
            v.fat.put(c, c);
        }
        v.fat.flush();
        exercise(image, 512);
        FatFilesystem fs = new FatFilesystem(new RamDisk(512, image), FatClock.noRtc());
        StorageException e = assertThrows(StorageException.class, () -> fs.ilistdir("/data"));
        assertEquals(Errno.EIO, e.errno());
    }

    @Test
    void chainLoopsBackToTheStart() throws Exception {
        byte[] image = FatImages.fixture(IMAGE);
        RamDisk disk = new RamDisk(512, image);
        FatVolume v = FatVolume.mount(disk, FatClock.noRtc());
        for (long c = 2; c < v.entryCount(); c++) {
            long n = v.fat.get(c);
            if (n >= v.entryCount()) {
                v.fat.put(c, 2);
            }
        }
        v.fat.flush();
        exercise(image, 512);
    }

    @ParameterizedTest
    @ValueSource(longs = {0, 1, 0xFF7, 0xFFF, 0x3FF, 5000})
    void everyLinkIsTheSameValue(long value) throws Exception {
        byte[] image = FatImages.fixture(IMAGE);
        FatVolume v = FatVolume.mount(new RamDisk(512, image), FatClock.noRtc());
        for (long c = 2; c < v.entryCount(); c++) {
            v.fat.put(c, value);
        }
        v.fat.flush();
        exercise(image, 512);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 0xFFF0, 0xFFFF, 3})
    void directoryEntriesPointOutsideTheVolume(int cluster) throws Exception {
        byte[] image = FatImages.fixture(IMAGE);
        FatVolume v = FatVolume.mount(new RamDisk(512, image), FatClock.noRtc());
        int root = (int) (v.rootDirStart * 512);
        for (int off = root; off < root + v.rootEntries * 32; off += 32) {
            if (image[off] != 0 && image[off + 11] != 0x0F) {
                LittleEndian.put16(image, off + 26, cluster);
                LittleEndian.put32(image, off + 28, 0xFFFFFFFFL);
            }
        }
        exercise(image, 512);
    }

    @ParameterizedTest
    @CsvSource({
        "11, 2, 0", "11, 2, 256", "11, 2, 8192", "13, 1, 0", "13, 1, 3", "13, 1, 255", "14, 2, 0", "14, 2, 65535",
        "16, 1, 0", "16, 1, 3", "16, 1, 255", "17, 2, 0", "17, 2, 1", "17, 2, 65535", "19, 2, 0", "19, 2, 1",
        "19, 2, 65535", "22, 2, 0", "22, 2, 1", "22, 2, 65535", "32, 4, 4294967295", "36, 4, 4294967295",
        "0, 1, 0", "54, 1, 0", "510, 2, 0",
    })
    void absurdBootSectorFields(int offset, int width, long value) throws Exception {
        byte[] image = FatImages.fixture(IMAGE);
        if (width == 1) {
            image[offset] = (byte) value;
        } else if (width == 2) {
            LittleEndian.put16(image, offset, (int) value);
        } else {
            LittleEndian.put32(image, offset, value);
        }
        exercise(image, 512);
    }

    @Test
    void wrongSectorSizeIsNoFilesystem() throws Exception {
        byte[] image = FatImages.fixture(IMAGE);
        FatFilesystem fs = new FatFilesystem(new RamDisk(1024, image), FatClock.noRtc());
        assertFalse(fs.isFormatted());
        StorageException e = assertThrows(StorageException.class,
                () -> new FatFilesystem(new RamDisk(1536, new byte[1536 * 4]), FatClock.noRtc()));
        assertEquals(Errno.EIO, e.errno());
    }

    @ParameterizedTest
    @ValueSource(longs = {0, 1, 0x0FFFFFF0L, 0xFFFFFFFFL, 3})
    void fat32WithAbsurdRootClusterAndFsInfo(long rootCluster) throws Exception {
        RamDisk disk = new RamDisk(512, 70_000);
        FatFormatter.format(disk, FatClock.noRtc(), FatGeometry.FM_FAT32 | FatGeometry.FM_SFD);
        byte[] image = disk.bytes();
        LittleEndian.put32(image, 44, rootCluster);
        LittleEndian.put32(image, 512 + 488, 0xFFFFFFF0L);
        LittleEndian.put32(image, 512 + 492, 0x7FFFFFFFL);
        exercise(image, 512);
    }

    @ParameterizedTest(name = "damage seed {0}")
    @MethodSource("damageSeeds")
    void randomMetadataCorruption(long seed) throws Exception {
        byte[] image = FatImages.fixture(IMAGE);
        Random rnd = new Random(seed);
        int flips = 1 + rnd.nextInt(60);
        int metadataEnd = 60 * 512; // boot sector, FAT, root directory and the first data clusters
        for (int i = 0; i < flips; i++) {
            int at = rnd.nextInt(4) == 0 ? rnd.nextInt(image.length) : rnd.nextInt(metadataEnd);
            image[at] = (byte) rnd.nextInt(256);
        }
        exercise(image, 512);
    }

    static LongStream damageSeeds() {
        return LongStream.range(84L, 84L + 150);
    }
}
