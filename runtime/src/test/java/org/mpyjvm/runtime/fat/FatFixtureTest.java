package org.mpyjvm.runtime.fat;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mpyjvm.runtime.blockdev.RamDisk;
import org.mpyjvm.runtime.fs.DirEntry;
import org.mpyjvm.runtime.fs.StatVfs;

/** The reference images written by a real MicroPython (fixtures README): read back, and reproduced by mkfs. */
class FatFixtureTest {

    static StatVfs vfs(long bsize, long blocks, long free) {
        return new StatVfs(bsize, bsize, blocks, free, free, 0, 0, 0, 0, 255);
    }

    @ParameterizedTest
    @CsvSource({
        "fat-b512-n1024.img.gz, 512, 512, 987, 950",
        "fat-b4096-n256.img.gz, 4096, 4096, 250, 241",
        "fat-b512-n20000.img.gz, 512, 2048, 4986, 4973",
    })
    void populatedImageReadsBack(String image, int bs, long bsize, long blocks, long free) throws Exception {
        FatFilesystem fs = new FatFilesystem(FatImages.fixtureDisk(image, bs), FatImages.FIXTURE_CLOCK);
        assertEquals(vfs(bsize, blocks, free), fs.statvfs("/"));

        List<DirEntry> root = fs.ilistdir("/");
        assertEquals(List.of("data", "A Long File Name.txt", "greeting.txt").stream().sorted().toList(),
                root.stream().map(DirEntry::name).sorted().toList());
        assertEquals(List.of("big.bin", "empty", "log.txt"),
                fs.ilistdir("/data").stream().map(DirEntry::name).sorted().collect(Collectors.toList()));
        assertTrue(fs.ilistdir("/data/empty").isEmpty());

        assertArrayEquals("Hello world".getBytes(StandardCharsets.US_ASCII), FatImages.readAll(fs, "/greeting.txt"));
        assertArrayEquals("long name\n".getBytes(StandardCharsets.US_ASCII),
                FatImages.readAll(fs, "/A Long File Name.txt"));
        StringBuilder log = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            log.append(String.format("%04d,temperature,%d.%d\n", i, 20 + i % 7, i % 10));
        }
        assertArrayEquals(log.toString().getBytes(StandardCharsets.US_ASCII), FatImages.readAll(fs, "/data/log.txt"));
        byte[] big = new byte[10240];
        for (int i = 0; i < 40; i++) {
            for (int j = 0; j < 256; j++) {
                big[i * 256 + j] = (byte) ((i * 7 + j) & 255);
            }
        }
        assertArrayEquals(big, FatImages.readAll(fs, "/data/big.bin"));

        assertEquals(11, fs.stat("/greeting.txt").size());
        assertEquals(6600, fs.stat("/data/log.txt").size());
        assertEquals(DirEntry.DIR, fs.stat("/data/empty").mode());
        // 2024-06-01 12:00:00 as written by the fixture's fixed clock
        assertEquals(1717243200L, fs.stat("/data/log.txt").mtime());
        assertEquals(FatFilesystem.ROOT_MTIME, fs.stat("/").mtime());
    }

    @ParameterizedTest
    @CsvSource({
        "fat-empty-b512-n50.img.gz, 50, 512, 16",
        "fat-empty-b512-n128.img.gz, 128, 512, 94",
        "fat-empty-b512-n1024.img.gz, 1024, 512, 987",
        "fat-empty-b512-n4096.img.gz, 4096, 1024, 2028",
        "fat-empty-b512-n20000.img.gz, 20000, 2048, 4986",
    })
    void mkfsReproducesEmptyImage(String image, int blocks, long bsize, long clusters) throws Exception {
        byte[] expected = FatImages.fixture(image);
        RamDisk disk = new RamDisk(512, blocks);
        FatFilesystem.mkfs(disk, FatClock.fixed(java.time.LocalDateTime.of(2001, 2, 3, 4, 5, 6)));
        byte[] actual = disk.bytes();
        assertEquals(expected.length, actual.length);
        // the volume serial (offset 39, 4 bytes) comes from the clock; everything else must match exactly
        for (int i = 39; i < 43; i++) {
            expected[i] = 0;
            actual[i] = 0;
        }
        assertArrayEquals(expected, actual);

        FatFilesystem fs = new FatFilesystem(new RamDisk(512, FatImages.fixture(image)), FatImages.FIXTURE_CLOCK);
        assertEquals(vfs(bsize, clusters, clusters), fs.statvfs("/"));
    }

    @ParameterizedTest
    @CsvSource({
        "fat-empty-b512-n50.img.gz, 50",
        "fat-empty-b512-n20000.img.gz, 20000",
    })
    void serialComesFromTheClock(String image, int blocks) throws Exception {
        RamDisk disk = new RamDisk(512, blocks);
        FatFilesystem.mkfs(disk, FatImages.FIXTURE_CLOCK);
        assertArrayEquals(FatImages.fixture(image), disk.bytes());
    }

    /** make_images.py's populate() replayed here must leave exactly the bytes MicroPython left (serial aside). */
    @ParameterizedTest
    @CsvSource({
        "fat-b512-n1024.img.gz, 512, 1024",
        "fat-b4096-n256.img.gz, 4096, 256",
        "fat-b512-n20000.img.gz, 512, 20000",
    })
    void populatingReproducesTheImage(String image, int bs, int blocks) throws Exception {
        RamDisk disk = new RamDisk(bs, blocks);
        FatFilesystem.mkfs(disk, FatImages.FIXTURE_CLOCK);
        FatFilesystem fs = new FatFilesystem(disk, FatImages.FIXTURE_CLOCK);
        FatImages.writeAll(fs, "/hello.txt", "Hello world".getBytes(StandardCharsets.US_ASCII));
        fs.mkdir("/data");
        fs.mkdir("/data/empty");
        org.mpyjvm.runtime.fs.FileHandle log = fs.open("/data/log.txt", org.mpyjvm.runtime.fs.OpenMode.WRITE);
        for (int i = 0; i < 300; i++) {
            byte[] line = String.format("%04d,temperature,%d.%d\n", i, 20 + i % 7, i % 10)
                    .getBytes(StandardCharsets.US_ASCII);
            log.write(line, 0, line.length);
        }
        log.close();
        org.mpyjvm.runtime.fs.FileHandle big = fs.open("/data/big.bin", org.mpyjvm.runtime.fs.OpenMode.WRITE);
        for (int i = 0; i < 40; i++) {
            byte[] run = new byte[256];
            for (int j = 0; j < 256; j++) {
                run[j] = (byte) ((i * 7 + j) & 255);
            }
            big.write(run, 0, run.length);
        }
        big.close();
        FatImages.writeAll(fs, "/A Long File Name.txt", "long name\n".getBytes(StandardCharsets.US_ASCII));
        fs.rename("/hello.txt", "/greeting.txt");
        assertArrayEquals(FatImages.fixture(image), disk.bytes());
    }
}
