package org.mpyjvm.runtime.fat;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.zip.GZIPInputStream;
import org.mpyjvm.runtime.StorageException;
import org.mpyjvm.runtime.blockdev.RamDisk;
import org.mpyjvm.runtime.fs.FileHandle;
import org.mpyjvm.runtime.fs.Filesystem;
import org.mpyjvm.runtime.fs.OpenMode;

/** Shared test plumbing: the reference fixtures folder, image loading, whole-file read/write. */
final class FatImages {
    /** The clock the fixtures were made with (fixtures README). */
    static final FatClock FIXTURE_CLOCK = FatClock.fixed(LocalDateTime.of(2024, 6, 1, 12, 0, 0));

    private FatImages() {
    }

    /** {@code ../shared} next to the repository root (the folder holding pom.xml and .git). */
    static Path shared() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !(Files.exists(p.resolve("pom.xml")) && Files.exists(p.resolve(".git")))) {
            p = p.getParent();
        }
        assertTrue(p != null, "repository root not found");
        Path shared = p.resolve("../shared").normalize();
        assertTrue(Files.isDirectory(shared), "../shared not found next to " + p);
        return shared;
    }

    static byte[] fixture(String name) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(shared().resolve("fixtures").resolve(name)))) {
            return in.readAllBytes();
        }
    }

    static RamDisk fixtureDisk(String name, int blockSize) throws IOException {
        return new RamDisk(blockSize, fixture(name));
    }

    static byte[] readAll(Filesystem fs, String path) throws StorageException {
        FileHandle f = fs.open(path, OpenMode.READ);
        byte[] out = new byte[(int) f.size()];
        int n = 0;
        while (n < out.length) {
            int r = f.read(out, n, out.length - n);
            if (r == 0) {
                break;
            }
            n += r;
        }
        f.close();
        return out;
    }

    static void writeAll(Filesystem fs, String path, byte[] data) throws StorageException {
        FileHandle f = fs.open(path, OpenMode.WRITE);
        f.write(data, 0, data.length);
        f.close();
    }
}
