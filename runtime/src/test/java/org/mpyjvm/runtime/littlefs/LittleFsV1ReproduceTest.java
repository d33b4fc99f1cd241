package org.mpyjvm.runtime.littlefs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.mpyjvm.runtime.blockdev.RamDisk;
import org.mpyjvm.runtime.fs.StatVfs;

/**
 * fixtures/make_images.py for kind 'lfs1' replayed on mpy-jvm: {@code VfsLfs1.mkfs} then populate() on a 4096 x 64
 * device erased to 0xFF must give MicroPython's image byte for byte (v1 has no timestamps, so there is no clock to
 * pin), and mkfs alone must give the empty filesystem that image started from.
 */
class LittleFsV1ReproduceTest {
    private static final int BS = 4096;
    private static final int COUNT = 64;

    @Test
    void mkfsThenPopulateReproducesTheReferenceImage() throws Exception {
        RamDisk disk = new RamDisk(BS, COUNT, (byte) 0xFF);
        LittleFsFilesystem.Options opts = LittleFsFilesystem.Options.defaults();
        LittleFsV1.mkfs(disk, opts);
        LittleFsV1 fs = new LittleFsV1(disk, opts);
        LittleFsReproduceTest.populate(fs);
        assertEquals(new StatVfs(BS, BS, COUNT, 49, 49, 0, 0, 0, 0, 255), fs.statvfs("/"));
        LittleFsReproduceTest.assertSameBlocks(Fixtures.load("lfs1-b4096-n64.img.gz"), disk.bytes(), BS, COUNT);
    }

    /** The superblock pair as mkfs leaves it: rev 1 in block 1, rev 2 in block 0, root {3, 2} with rev 1. */
    @Test
    void mkfsWritesTheEmptyFilesystemOfTheReferenceImage() throws Exception {
        RamDisk disk = new RamDisk(BS, COUNT, (byte) 0xFF);
        LittleFsV1.mkfs(disk, LittleFsFilesystem.Options.defaults());
        byte[] ours = disk.bytes();
        byte[] theirs = Fixtures.load("lfs1-b4096-n64.img.gz");
        // populate() never rewrote the superblock pair
        assertEquals(0, Arrays.compare(theirs, 0, 2 * BS, ours, 0, 2 * BS), "superblock pair");
        assertEquals(1, Le.get32(ours, 3 * BS));
        assertEquals(0x14, Le.get32(ours, 3 * BS + 4));
        byte[] erased = new byte[BS];
        Arrays.fill(erased, (byte) 0xFF);
        for (int b = 4; b < COUNT; b++) {
            assertEquals(0, Arrays.compare(erased, 0, BS, ours, b * BS, (b + 1) * BS), "block " + b + " erased");
        }
        LittleFsV1 fs = new LittleFsV1(disk, LittleFsFilesystem.Options.defaults());
        assertEquals(new StatVfs(BS, BS, COUNT, 60, 60, 0, 0, 0, 0, 255), fs.statvfs("/"));
    }
}
