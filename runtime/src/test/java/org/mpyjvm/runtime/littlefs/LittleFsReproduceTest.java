package org.mpyjvm.runtime.littlefs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mpyjvm.runtime.blockdev.RamDisk;
import org.mpyjvm.runtime.fs.FileHandle;
import org.mpyjvm.runtime.fs.Filesystem;
import org.mpyjvm.runtime.fs.OpenMode;

/** Stretch goal of issue 5: fixtures/make_images.py's populate() on mpy-jvm against MicroPython's bytes. */
class LittleFsReproduceTest {
    static void writeCalls(Filesystem fs, String path, byte[][] calls) throws Exception {
        FileHandle f = fs.open(path, OpenMode.parse("w"));
        for (byte[] c : calls) {
            f.write(c, 0, c.length);
        }
        f.close();
    }

    static byte[] populate(int bs, int count) throws Exception {
        RamDisk disk = new RamDisk(bs, count, (byte) 0xFF);
        LittleFsFilesystem.Options opts = LittleFsFilesystem.Options.defaults().withMtime(false);
        LittleFsFilesystem.mkfs(disk, opts);
        populate(new LittleFsFilesystem(disk, opts));
        return disk.bytes();
    }

    /** make_images.py's populate(): the same calls, in the same order, with the same write sizes. */
    static void populate(Filesystem fs) throws Exception {
        writeCalls(fs, "/hello.txt", new byte[][] {"Hello world".getBytes(StandardCharsets.US_ASCII)});
        fs.mkdir("/data");
        fs.mkdir("/data/empty");
        byte[][] lines = new byte[300][];
        for (int i = 0; i < 300; i++) {
            lines[i] = String.format("%04d,temperature,%d.%d\n", i, 20 + i % 7, i % 10)
                    .getBytes(StandardCharsets.US_ASCII);
        }
        writeCalls(fs, "/data/log.txt", lines);
        byte[][] runs = new byte[40][256];
        for (int i = 0; i < 40; i++) {
            for (int j = 0; j < 256; j++) {
                runs[i][j] = (byte) ((i * 7 + j) & 255);
            }
        }
        writeCalls(fs, "/data/big.bin", runs);
        writeCalls(fs, "/A Long File Name.txt", new byte[][] {"long name\n".getBytes(StandardCharsets.US_ASCII)});
        fs.rename("/hello.txt", "/greeting.txt");
    }

    @ParameterizedTest
    @CsvSource({"lfs2-b512-n128.img.gz, 512, 128", "lfs2-b4096-n64.img.gz, 4096, 64"})
    void populateReproducesTheReferenceImage(String name, int bs, int count) throws Exception {
        assertSameBlocks(Fixtures.load(name), populate(bs, count), bs, count);
    }

    /** Fails with the list of blocks whose bytes differ. */
    static void assertSameBlocks(byte[] theirs, byte[] ours, int bs, int count) {
        assertEquals(theirs.length, ours.length);
        int differing = 0;
        StringBuilder blocks = new StringBuilder();
        for (int b = 0; b < count; b++) {
            boolean same = true;
            for (int i = 0; i < bs; i++) {
                if (ours[b * bs + i] != theirs[b * bs + i]) {
                    same = false;
                }
            }
            if (!same) {
                differing++;
                blocks.append(' ').append(b);
            }
        }
        assertEquals("", blocks.toString(), differing + " blocks differ");
    }
}
