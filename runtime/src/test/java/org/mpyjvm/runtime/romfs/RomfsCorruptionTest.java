package org.mpyjvm.runtime.romfs;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.mpyjvm.runtime.StorageException;
import org.mpyjvm.runtime.fs.DirEntry;
import org.mpyjvm.runtime.fs.FileHandle;
import org.mpyjvm.runtime.fs.OpenMode;

/**
 * Truncated and corrupted copies of the reference image: every operation either works or raises
 * StorageException; nothing reads outside the buffer (a plain array would throw), hangs or runs out of memory.
 */
class RomfsCorruptionTest {
    private static final String[] PATHS = {"/", "/assets", "/assets/font.bin", "/boot.py", "/config.txt", "/lib",
        "/lib/app.py", "/lib/pkg", "/lib/pkg/__init__.py", "/lib/pkg/", "/nothing"};

    @Test
    void everyTruncation() throws Exception {
        byte[] image = SharedFolder.gunzip(SharedFolder.fixture("romfs-tree.img.gz"));
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            for (int len = 0; len <= image.length; len++) {
                exercise(Arrays.copyOf(image, len));
            }
        });
    }

    @Test
    void randomCorruptions() throws Exception {
        byte[] image = SharedFolder.gunzip(SharedFolder.fixture("romfs-tree.img.gz"));
        Random random = new Random(0x14A6B1);
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            for (int run = 0; run < 3000; run++) {
                byte[] copy = image.clone();
                int flips = 1 + random.nextInt(8);
                for (int k = 0; k < flips; k++) {
                    // Bias towards the record headers at the start, where structure lives.
                    int at = random.nextInt(4) == 0 ? random.nextInt(copy.length) : random.nextInt(64);
                    copy[at] = (byte) random.nextInt(256);
                }
                if (random.nextBoolean()) {
                    copy = Arrays.copyOf(copy, random.nextInt(copy.length + 1));
                }
                exercise(copy);
            }
        });
    }

    private static void exercise(byte[] bytes) {
        RomfsFilesystem fs;
        try {
            fs = new RomfsFilesystem(ByteRegion.of(bytes));
        } catch (StorageException e) {
            return;
        }
        listAll(fs, "/", 0);
        for (String p : PATHS) {
            try {
                fs.stat(p);
                FileHandle f = fs.open(p, OpenMode.READ);
                byte[] buf = new byte[4096];
                while (f.read(buf, 0, buf.length) > 0) {
                    continue;
                }
                fs.fileView(p).get(0);
            } catch (StorageException e) {
                continue;
            } catch (IndexOutOfBoundsException e) {
                // only an empty file's view has no byte 0; anything else is a bounds bug
                try {
                    if (fs.fileView(p).length() != 0) {
                        throw e;
                    }
                } catch (StorageException ignored) {
                    throw e;
                }
            }
        }
    }

    private static void listAll(RomfsFilesystem fs, String dir, int depth) {
        if (depth > 16) {
            return;
        }
        try {
            for (DirEntry e : fs.ilistdir(dir)) {
                if (e.isDir()) {
                    listAll(fs, dir + e.name() + "/", depth + 1);
                }
            }
        } catch (StorageException e) {
            // acceptable
        }
    }
}
