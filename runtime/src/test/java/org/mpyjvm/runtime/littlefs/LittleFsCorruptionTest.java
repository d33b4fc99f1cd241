package org.mpyjvm.runtime.littlefs;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.mpyjvm.runtime.StorageException;
import org.mpyjvm.runtime.blockdev.RamDisk;
import org.mpyjvm.runtime.fs.FileHandle;
import org.mpyjvm.runtime.fs.OpenMode;

/**
 * Corrupt images must give StorageException (84 or EIO), never another exception, a hang or an OOM: random byte
 * damage to the reference images, and CRC-valid commits carrying nonsense pointers (which pass every checksum).
 */
class LittleFsCorruptionTest {

    /** Mount, walk, read, statvfs, then try some writes; only StorageException may come out. */
    static void exercise(byte[] image, int bs) {
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            RamDisk disk = new RamDisk(bs, image);
            LittleFsFilesystem fs;
            try {
                fs = new LittleFsFilesystem(disk, LittleFsFilesystem.Options.defaults());
            } catch (StorageException expected) {
                return;
            }
            try {
                walk(fs, "/", 0);
                fs.statvfs("/");
            } catch (StorageException expected) {
                // reported properly
            }
            try {
                fs.mkdir("/newdir");
                FileHandle f = fs.open("/newdir/x", OpenMode.parse("w"));
                byte[] data = new byte[3000];
                f.write(data, 0, data.length);
                f.close();
                fs.rename("/newdir/x", "/y");
                fs.remove("/y");
            } catch (StorageException expected) {
                // reported properly
            }
        });
    }

    private static void walk(LittleFsFilesystem fs, String dir, int depth) throws StorageException {
        if (depth > 8) {
            return;
        }
        for (var e : fs.ilistdir(dir)) {
            String p = dir + (dir.endsWith("/") ? "" : "/") + e.name();
            try {
                if (e.isDir()) {
                    walk(fs, p, depth + 1);
                } else {
                    FileHandle f = fs.open(p, OpenMode.READ);
                    byte[] buf = new byte[4096];
                    while (f.read(buf, 0, buf.length) > 0) {
                        // drain
                    }
                    f.close();
                }
            } catch (StorageException expected) {
                // keep walking the rest
            }
        }
    }

    @Test
    void randomDamageToReferenceImages() throws Exception {
        Random rnd = new Random(7);
        for (String name : List.of("lfs2-b512-n128.img.gz", "lfs2-b4096-n64.img.gz")) {
            byte[] clean = Fixtures.load(name);
            int bs = name.contains("b512") ? 512 : 4096;
            for (int round = 0; round < 150; round++) {
                byte[] image = clean.clone();
                int damage = 1 + rnd.nextInt(round % 3 == 0 ? 200 : 8);
                for (int i = 0; i < damage; i++) {
                    // bias towards the metadata-heavy first blocks
                    int limit = rnd.nextBoolean() ? Math.min(image.length, 8 * bs) : image.length;
                    image[rnd.nextInt(limit)] = (byte) rnd.nextInt(256);
                }
                exercise(image, bs);
            }
        }
    }

    @Test
    void validCommitsWithNonsensePointers() throws Exception {
        Random rnd = new Random(11);
        byte[] clean = Fixtures.load("lfs2-b512-n128.img.gz");
        int[] nasty = {-1, -2, 0, 1, 127, 128, 1 << 20, Integer.MAX_VALUE, Integer.MIN_VALUE};
        for (int round = 0; round < 120; round++) {
            byte[] image = clean.clone();
            RamDisk disk = new RamDisk(512, image);
            LittleFs fs = LittleFs.mount(disk, LfsConfig.micropython(512, 128));
            MetadataPair root = MetadataPair.fetch(fs, fs.root);
            int a = nasty[rnd.nextInt(nasty.length)];
            int b = rnd.nextBoolean() ? nasty[rnd.nextInt(nasty.length)] : rnd.nextInt(140);
            int id = 1 + rnd.nextInt(Math.max(1, root.count() - 1));
            Attr attr = switch (round % 5) {
                case 0 -> Attr.tail(rnd.nextBoolean(), new int[] {a, b});
                case 1 -> Attr.of(LfsTag.CTZSTRUCT, id, Le.pair(a, b));
                case 2 -> Attr.of(LfsTag.DIRSTRUCT, id, Le.pair(a, b));
                case 3 -> Attr.of(LfsTag.MOVESTATE, LfsTag.NO_ID, new GlobalState(a, b, a ^ b).toBytes());
                default -> Attr.tail(rnd.nextBoolean(), root.pair);
            };
            try {
                fs.writer.commit(root, List.of(attr));
            } catch (StorageException e) {
                continue;
            } catch (RuntimeException e) {
                fail("committing " + attr + " threw " + e);
            }
            exercise(image, 512);
        }
    }
}
