package org.mpyjvm.runtime.littlefs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.mpyjvm.runtime.Errno;
import org.mpyjvm.runtime.StorageException;
import org.mpyjvm.runtime.blockdev.RamDisk;
import org.mpyjvm.runtime.fs.DirEntry;
import org.mpyjvm.runtime.fs.OpenMode;
import org.mpyjvm.runtime.fs.StatVfs;

class LittleFsV1Test {
    static byte[] read(LittleFsV1 fs, String path) throws StorageException {
        return LittleFsFilesystemTest.read(fs, path);
    }

    @Test
    void referenceImageMountsWithItsContent() throws Exception {
        RamDisk disk = new RamDisk(4096, Fixtures.load("lfs1-b4096-n64.img.gz"));
        LittleFsV1 fs = new LittleFsV1(disk, LittleFsFilesystem.Options.defaults());
        assertEquals("VfsLfs1", fs.typeName());
        assertEquals(1, LittleFsProbe.version(disk));
        assertEquals(2, LittleFsProbe.version(new RamDisk(4096, Fixtures.load("lfs2-b4096-n64.img.gz"))));
        assertEquals(0, LittleFsProbe.version(new RamDisk(4096, Fixtures.load("fat-b4096-n256.img.gz"))));
        List<String> root = fs.ilistdir("/").stream().map(DirEntry::name).sorted().toList();
        assertEquals(List.of("A Long File Name.txt", "data", "greeting.txt"), root);
        List<String> data = fs.ilistdir("/data").stream().map(DirEntry::name).sorted().toList();
        assertEquals(List.of("big.bin", "empty", "log.txt"), data);
        assertEquals(List.of(), fs.ilistdir("/data/empty"));
        assertArrayEquals("Hello world".getBytes(StandardCharsets.US_ASCII), read(fs, "/greeting.txt"));
        assertArrayEquals("long name\n".getBytes(StandardCharsets.US_ASCII), read(fs, "/A Long File Name.txt"));
        assertArrayEquals(LittleFsFixtureTest.logTxt(), read(fs, "/data/log.txt"));
        assertArrayEquals(LittleFsFixtureTest.bigBin(), read(fs, "/data/big.bin"));
        assertEquals(10240, fs.stat("/data/big.bin").size());
        assertEquals(0, fs.stat("/data/big.bin").mtime());
        assertEquals(new StatVfs(4096, 4096, 64, 49, 49, 0, 0, 0, 0, 255), fs.statvfs("/"));
        fs.chdir("/data");
        assertEquals("/data", fs.getcwd());
        assertEquals(6600, fs.stat("log.txt").size());
        assertEquals(Errno.ENOENT, assertThrows(StorageException.class, () -> fs.stat("/nope")).errno());
        assertEquals(Errno.EEXIST, assertThrows(StorageException.class, () -> fs.mkdir("/data")).errno());
    }

    @Test
    void damagedImagesOnlyRaiseStorageExceptions() throws Exception {
        byte[] clean = Fixtures.load("lfs1-b4096-n64.img.gz");
        Random rnd = new Random(3);
        for (int round = 0; round < 150; round++) {
            byte[] image = clean.clone();
            for (int i = 0; i < 1 + rnd.nextInt(20); i++) {
                image[rnd.nextInt(8 * 4096)] = (byte) rnd.nextInt(256);
            }
            try {
                LittleFsV1 fs = new LittleFsV1(new RamDisk(4096, image), LittleFsFilesystem.Options.defaults());
                fs.statvfs("/");
                for (DirEntry e : fs.ilistdir("/data")) {
                    if (!e.isDir()) {
                        read(fs, "/data/" + e.name());
                    }
                }
            } catch (StorageException expected) {
                // reported properly
            }
        }
    }
}
