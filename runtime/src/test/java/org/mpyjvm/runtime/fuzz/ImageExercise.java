package org.mpyjvm.runtime.fuzz;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Arrays;
import org.mpyjvm.runtime.StorageException;
import org.mpyjvm.runtime.fs.DirEntry;
import org.mpyjvm.runtime.fs.FileHandle;
import org.mpyjvm.runtime.fs.Filesystem;
import org.mpyjvm.runtime.fs.OpenMode;

/**
 * What every storage fuzz target does with an image: mount it, walk the whole tree reading every file, statvfs,
 * then (on writable filesystems) create, write, rename and remove. A corrupt image may only answer with
 * {@link StorageException}: any other exception propagates and is a finding, and so are a run longer than
 * {@link #TIME_LIMIT} (a hang on a link cycle) and more than {@link #ALLOCATION_LIMIT} bytes allocated (a size read
 * from disk trusted for an allocation). The walk visits at most {@link #MAX_ENTRIES} entries to depth 8 and reads
 * at most 1 MiB of each file, so a corrupt image with directory or CTZ loops stays finite.
 */
public final class ImageExercise {
    public static final Duration TIME_LIMIT = Duration.ofSeconds(10);
    /**
     * Bytes allocated by one exercise, garbage included (a thread's allocation counter cannot tell them apart).
     * A directory walk on a corrupt image legitimately churns: a FAT directory of 500 entries with loops back
     * to itself is listed up to {@link #MAX_ENTRIES} times at ~1 MB each (seen by the fuzzer). An allocation
     * sized by a number trusted from disk (up to 4 GiB) is what this limit, or an OutOfMemoryError, catches.
     */
    public static final long ALLOCATION_LIMIT = 1L << 30;
    private static final int MAX_DEPTH = 8;
    private static final int MAX_ENTRIES = 500;
    /**
     * Bytes read from one file. A corrupt size with a looping CTZ list is a legitimately readable (if nonsense)
     * file of up to 4 GiB on littlefs, as on the real thing; reading all of it is churn, not a finding.
     */
    private static final int MAX_FILE_BYTES = 1 << 20;

    /** How a target turns its input into a mounted filesystem. */
    @FunctionalInterface
    public interface Mount {
        Filesystem mount() throws StorageException;
    }

    private ImageExercise() {
    }

    /** Runs the whole exercise under the time and allocation limits. */
    public static void run(Mount mount, boolean writable) {
        assertTimeoutPreemptively(TIME_LIMIT, () -> {
            com.sun.management.ThreadMXBean threads =
                    (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
            long before = threads.getCurrentThreadAllocatedBytes();
            exercise(mount, writable);
            long allocated = threads.getCurrentThreadAllocatedBytes() - before;
            if (allocated > ALLOCATION_LIMIT) {
                throw new AssertionError("excessive allocation: " + allocated + " bytes");
            }
        });
    }

    private static void exercise(Mount mount, boolean writable) {
        Filesystem fs;
        try {
            fs = mount.mount();
        } catch (StorageException expected) {
            return;
        }
        try {
            walk(fs, "/", 0, new int[1]);
            fs.statvfs("/");
        } catch (StorageException expected) {
            // reported properly; the writes below still have to behave
        }
        if (!writable) {
            return;
        }
        try {
            fs.mkdir("/newdir");
            FileHandle f = fs.open("/newdir/x", OpenMode.parse("w"));
            byte[] data = new byte[3000];
            Arrays.fill(data, (byte) 0x3C);
            f.write(data, 0, data.length);
            f.close();
            fs.rename("/newdir/x", "/y");
            fs.remove("/y");
            fs.rmdir("/newdir");
            fs.sync();
        } catch (StorageException expected) {
            // reported properly
        }
    }

    private static void walk(Filesystem fs, String dir, int depth, int[] seen) throws StorageException {
        if (depth > MAX_DEPTH) {
            return;
        }
        for (DirEntry e : fs.ilistdir(dir)) {
            if (++seen[0] > MAX_ENTRIES) {
                return;
            }
            String p = dir + (dir.endsWith("/") ? "" : "/") + e.name();
            try {
                fs.stat(p);
                if (e.isDir()) {
                    walk(fs, p, depth + 1, seen);
                } else {
                    FileHandle f = fs.open(p, OpenMode.READ);
                    byte[] buf = new byte[4096];
                    int total = 0;
                    int n;
                    while (total < MAX_FILE_BYTES && (n = f.read(buf, 0, buf.length)) > 0) {
                        total += n;
                    }
                    f.close();
                }
            } catch (StorageException expected) {
                // keep walking the rest
            }
        }
    }

    /** Pads {@code data} with {@code fill} to whole blocks, at least {@code minBlocks}, at most {@code maxBlocks}. */
    public static byte[] toBlocks(byte[] data, int blockSize, int minBlocks, int maxBlocks, byte fill) {
        int blocks = Math.max(minBlocks, Math.min(maxBlocks, (data.length + blockSize - 1) / blockSize));
        byte[] image = new byte[blocks * blockSize];
        Arrays.fill(image, fill);
        System.arraycopy(data, 0, image, 0, Math.min(data.length, image.length));
        return image;
    }
}
