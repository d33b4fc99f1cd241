package org.mpyjvm.runtime.littlefs;

import java.util.List;
import org.mpyjvm.runtime.Errno;
import org.mpyjvm.runtime.StorageException;
import org.mpyjvm.runtime.blockdev.BlockDevice;

/**
 * lfs1_format: allocate the superblock pair (blocks 0 and 1 on a fresh lookahead) and the root pair (2 and 3),
 * commit the empty root, then commit the superblock entry twice so both blocks of {0, 1} hold it (one bad block
 * there is survivable, two are ECORRUPT). The 32-byte superblock entry: type 0x2E, elen 20, alen 0, nlen 8,
 * root pair, block size, block count, version 0x00010001, "littlefs".
 */
final class V1Formatter {
    private static final int ENTRY_SIZE = 32;

    private V1Formatter() {
    }

    static void format(BlockDevice dev, LfsConfig cfg) throws StorageException {
        V1Volume vol = new V1Volume(dev, cfg);
        vol.allocator.startEmpty();
        V1Dir superdir = vol.writer.alloc();
        V1Dir root = vol.writer.alloc();
        vol.writer.commit(root, List.of());
        byte[] entry = new byte[ENTRY_SIZE];
        entry[0] = (byte) V1Entry.SUPERBLOCK;
        entry[1] = (byte) (ENTRY_SIZE - LittleFs.MAGIC.length - 4);
        entry[3] = (byte) LittleFs.MAGIC.length;
        Le.put32(entry, 4, root.pair[0]);
        Le.put32(entry, 8, root.pair[1]);
        Le.put32(entry, 12, cfg.blockSize());
        Le.put32(entry, 16, cfg.blockCount());
        Le.put32(entry, 20, V1Volume.DISK_VERSION);
        System.arraycopy(LittleFs.MAGIC, 0, entry, 24, LittleFs.MAGIC.length);
        superdir.tail = root.pair.clone();
        superdir.size = V1Dir.EMPTY + ENTRY_SIZE;
        boolean valid = false;
        for (int i = 0; i < 2; i++) {
            try {
                vol.writer.commit(superdir, List.of(new V1DirWriter.Region(V1Dir.HEADER, ENTRY_SIZE, entry)));
                valid = true;
            } catch (StorageException e) {
                if (e.errno() != Errno.ECORRUPT) {
                    throw e;
                }
            }
        }
        if (!valid) {
            throw new StorageException(Errno.ECORRUPT, "no superblock block could be written");
        }
        vol.reader.fetch(new int[] {0, 1});
    }
}
