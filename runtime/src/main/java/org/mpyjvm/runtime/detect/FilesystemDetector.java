package org.mpyjvm.runtime.detect;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.mpyjvm.runtime.StorageException;
import org.mpyjvm.runtime.blockdev.BlockDevice;
import org.mpyjvm.runtime.faults.PowerCutException;

/**
 * Block-device auto-detection of {@code mp_vfs_autodetect} (vfs.md section 2.3). For block 0, then block 1, an
 * extended read of 44 bytes at offset 8 looks for littlefs's magic: at buffer offset 32 (device offset 40, where
 * littlefs v1 keeps it in its superblock entry) it means v1, at buffer offset 0 (device offset 8, the v2
 * superblock's name tag payload) it means v2. Any failure of these reads is swallowed, as upstream swallows
 * every exception there; anything else is FAT. The caller builds the filesystem (and raises ENODEV when FAT is
 * not built in).
 */
public final class FilesystemDetector {
    private static final byte[] MAGIC = "littlefs".getBytes(StandardCharsets.US_ASCII);
    private static final int PROBE_OFFSET = 8;
    private static final int PROBE_LENGTH = 44;
    private static final int V1_MAGIC_AT = 32;
    private static final int V2_MAGIC_AT = 0;

    private FilesystemDetector() {
    }

    public static DetectedFilesystem detect(BlockDevice device) {
        if (device.supportsExtended()) {
            byte[] buf = new byte[PROBE_LENGTH];
            for (long block = 0; block < 2; block++) {
                try {
                    device.read(block, PROBE_OFFSET, buf, 0, PROBE_LENGTH);
                } catch (StorageException e) {
                    continue;
                } catch (PowerCutException e) {
                    throw e;
                } catch (RuntimeException e) {
                    // A Python device may fail in any way (e.g. a readblocks without the offset argument).
                    continue;
                }
                if (hasMagicAt(buf, V1_MAGIC_AT)) {
                    return DetectedFilesystem.LFS1;
                }
                if (hasMagicAt(buf, V2_MAGIC_AT)) {
                    return DetectedFilesystem.LFS2;
                }
            }
        }
        return DetectedFilesystem.FAT;
    }

    private static boolean hasMagicAt(byte[] buf, int at) {
        return Arrays.equals(buf, at, at + MAGIC.length, MAGIC, 0, MAGIC.length);
    }
}
