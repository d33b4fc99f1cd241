package org.mpyjvm.runtime.littlefs;

import java.util.Arrays;
import org.mpyjvm.runtime.StorageException;
import org.mpyjvm.runtime.blockdev.BlockDevice;

/**
 * MicroPython's auto-detection in {@code vfs.mount(bdev, path)} (vfs.md 2.3): "littlefs" at byte 8 of block 0
 * or block 1 means littlefs v2, at byte 40 littlefs v1. Blocks that cannot be read are skipped, as upstream.
 */
public final class LittleFsProbe {
    private LittleFsProbe() {
    }

    /** 2 or 1 for the littlefs version found, 0 for none. */
    public static int version(BlockDevice dev) {
        byte[] buf = new byte[48];
        for (int block = 0; block < 2; block++) {
            try {
                if (dev.blockCount() <= block || dev.blockSize() < buf.length) {
                    continue;
                }
                dev.read(block, 0, buf, 0, buf.length);
            } catch (StorageException e) {
                continue;
            }
            if (Arrays.equals(buf, 8, 16, LittleFs.MAGIC, 0, 8)) {
                return 2;
            }
            if (Arrays.equals(buf, 40, 48, LittleFs.MAGIC, 0, 8)) {
                return 1;
            }
        }
        return 0;
    }
}
