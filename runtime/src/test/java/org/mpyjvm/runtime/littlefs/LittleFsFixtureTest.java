package org.mpyjvm.runtime.littlefs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mpyjvm.runtime.blockdev.RamDisk;

/** The reference images written by MicroPython (fixtures/README.md) read back through the core. */
class LittleFsFixtureTest {

    static byte[] logTxt() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            sb.append(String.format("%04d,temperature,%d.%d\n", i, 20 + i % 7, i % 10));
        }
        return sb.toString().getBytes(StandardCharsets.US_ASCII);
    }

    static byte[] bigBin() {
        byte[] b = new byte[10240];
        for (int i = 0; i < 40; i++) {
            for (int j = 0; j < 256; j++) {
                b[i * 256 + j] = (byte) ((i * 7 + j) & 255);
            }
        }
        return b;
    }

    static byte[] readAll(LittleFs fs, String path) throws Exception {
        LfsFile f = fs.open(path, new LfsFile.Flags(true, false, false, false, false, false), null);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[777];
        int n;
        while ((n = f.read(buf, 0, buf.length)) > 0) {
            out.write(buf, 0, n);
        }
        f.close();
        return out.toByteArray();
    }

    @ParameterizedTest
    @CsvSource({"lfs2-b512-n128.img.gz, 512, 128, 83, false", "lfs2-b4096-n64.img.gz, 4096, 64, 49, false",
            "lfs2-mtime-b4096-n64.img.gz, 4096, 64, 49, true"})
    void referenceImageMountsWithItsContent(String name, int bs, int count, int free, boolean mtime)
            throws Exception {
        byte[] image = Fixtures.load(name);
        RamDisk disk = new RamDisk(bs, image);
        LittleFs fs = LittleFs.mount(disk, LfsConfig.micropython(bs, count));
        List<LittleFs.Info> root = fs.list("/");
        assertEquals(List.of("A Long File Name.txt", "data", "greeting.txt"),
                root.stream().map(LittleFs.Info::name).toList());
        assertEquals(List.of("big.bin", "empty", "log.txt"),
                fs.list("/data").stream().map(LittleFs.Info::name).toList());
        assertTrue(fs.list("/data/empty").isEmpty());
        assertArrayEquals("Hello world".getBytes(StandardCharsets.US_ASCII), readAll(fs, "/greeting.txt"));
        assertArrayEquals("long name\n".getBytes(StandardCharsets.US_ASCII), readAll(fs, "/A Long File Name.txt"));
        assertArrayEquals(logTxt(), readAll(fs, "/data/log.txt"));
        assertArrayEquals(bigBin(), readAll(fs, "/data/big.bin"));
        assertEquals(10240, fs.stat("/data/big.bin").size());
        assertTrue(fs.stat("/data").isDir());
        assertEquals(count - free, fs.usedBlocks());
        LittleFs.Info g = fs.stat("/greeting.txt");
        if (mtime) {
            assertNotNull(g.mtime());
            assertEquals(8, g.mtime().length);
        } else {
            assertNull(g.mtime());
        }
        assertFalse(fs.stat("/greeting.txt").isDir());
    }

    @ParameterizedTest
    @CsvSource({"lfs2-b512-n128.img.gz, 512, 128", "lfs2-mtime-b4096-n64.img.gz, 4096, 64"})
    void referenceImageTakesWritesAndKeepsItsContent(String name, int bs, int count) throws Exception {
        RamDisk disk = new RamDisk(bs, Fixtures.load(name));
        LittleFsFilesystem.Options opts = LittleFsFilesystem.Options.defaults()
                .withClock(() -> 1_700_000_000_000_000_000L, 0);
        LittleFsFilesystem fs = new LittleFsFilesystem(disk, opts);
        byte[] big = new byte[5000];
        new java.util.Random(5).nextBytes(big);
        LittleFsFilesystemTest.write(fs, "/data/new.bin", "w", big);
        LittleFsFilesystemTest.write(fs, "/data/log.txt", "a", "tail\n".getBytes(StandardCharsets.US_ASCII));
        fs.rename("/greeting.txt", "/data/empty/moved.txt");
        fs.mkdir("/more");
        fs.rmdir("/more");
        LittleFs again = LittleFs.mount(disk, LfsConfig.micropython(bs, count));
        assertArrayEquals(big, readAll(again, "/data/new.bin"));
        byte[] log = readAll(again, "/data/log.txt");
        assertEquals(logTxt().length + 5, log.length);
        assertArrayEquals("Hello world".getBytes(StandardCharsets.US_ASCII), readAll(again, "/data/empty/moved.txt"));
        assertArrayEquals(bigBin(), readAll(again, "/data/big.bin"));
        assertEquals(List.of("A Long File Name.txt", "data"), again.list("/").stream().map(LittleFs.Info::name).toList());
        assertEquals(1_700_000_000L, fs.stat("/data/new.bin").mtime());
    }

    @org.junit.jupiter.api.Test
    void version20ImagesAreAcceptedAndUpgradedOnFirstWrite() throws Exception {
        RamDisk disk = new RamDisk(512, 32, (byte) 0xFF);
        LittleFs.format(disk, LfsConfig.micropython(512, 32));
        LittleFs fs = LittleFs.mount(disk, LfsConfig.micropython(512, 32));
        MetadataPair root = MetadataPair.fetch(fs, fs.root);
        byte[] sb = root.entries.get(0).struct.clone();
        Le.put32(sb, 0, 0x00020000);
        fs.writer.commit(root, List.of(Attr.of(LfsTag.INLINESTRUCT, 0, sb)));
        LittleFs old = LittleFs.mount(disk, LfsConfig.micropython(512, 32));
        assertTrue(old.gstate.needsSuperblock());
        old.mkdir("/x");
        MetadataPair upgraded = MetadataPair.fetch(old, old.root);
        assertEquals(LittleFs.DISK_VERSION, Le.get32(upgraded.entries.get(0).struct, 0));
        assertTrue(LittleFs.mount(disk, LfsConfig.micropython(512, 32)).stat("/x").isDir());
        Le.put32(sb, 0, 0x00030000);
        fs = LittleFs.mount(disk, LfsConfig.micropython(512, 32));
        fs.writer.commit(MetadataPair.fetch(fs, fs.root), List.of(Attr.of(LfsTag.INLINESTRUCT, 0, sb)));
        org.mpyjvm.runtime.StorageException e = org.junit.jupiter.api.Assertions.assertThrows(
                org.mpyjvm.runtime.StorageException.class, () -> LittleFs.mount(disk, LfsConfig.micropython(512, 32)));
        assertEquals(22, e.errno());
    }
}
