package org.mpyjvm.runtime.littlefs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.mpyjvm.runtime.StorageException;
import org.mpyjvm.runtime.blockdev.NorFlash;
import org.mpyjvm.runtime.faults.BadBlockBehavior;
import org.mpyjvm.runtime.faults.Faults;
import org.mpyjvm.runtime.faults.FaultyBlockDevice;
import org.mpyjvm.runtime.fs.FileHandle;
import org.mpyjvm.runtime.fs.OpenMode;

/** Wear levelling (block_cycles relocation, superblock expansion) and bad-block eviction. */
class LittleFsWearTest {

    /** A strict NOR chip of 512-byte sectors behind the shared fault layer. */
    static FaultyBlockDevice strictNor(Faults faults, int blockCount) {
        return faults.wrap(NorFlash.inMemory(512, blockCount, 256));
    }

    static LittleFsFilesystem.Options options() {
        return LittleFsFilesystem.Options.defaults().withClock(() -> 1_700_000_000_000_000_000L, 0);
    }

    static int rewritesUntilWornOut(int blockCount) throws Exception {
        // erase number 101 of a block fails with 84, for good
        FaultyBlockDevice disk = strictNor(new Faults(blockCount).wearOutAfter(100, BadBlockBehavior.ERASEERROR),
                blockCount);
        LittleFsFilesystem.mkfs(disk, options());
        LittleFsFilesystem fs = new LittleFsFilesystem(disk, options());
        byte[] data = new byte[100];
        int rewrites = 0;
        try {
            while (rewrites < 1_000_000) {
                Arrays.fill(data, (byte) rewrites);
                FileHandle f = fs.open("/f", OpenMode.parse("w"));
                f.write(data, 0, data.length);
                f.close();
                rewrites++;
            }
        } catch (StorageException worn) {
            // the device is used up
        }
        // what was committed last is still readable after a remount
        LittleFsFilesystem again = new LittleFsFilesystem(disk, options());
        FileHandle f = again.open("/f", OpenMode.READ);
        byte[] back = new byte[100];
        f.read(back, 0, 100);
        byte[] expect = new byte[100];
        Arrays.fill(expect, (byte) (rewrites - 1));
        assertArrayEquals(expect, back);
        return rewrites;
    }

    @Test
    void twiceTheBlocksLastAtLeast1point8TimesAsLong() throws Exception {
        int small = rewritesUntilWornOut(64);
        int large = rewritesUntilWornOut(128);
        System.out.printf("littlefs wear: 64 blocks %d rewrites, 128 blocks %d rewrites (x%.2f)%n", small, large,
                (double) large / small);
        assertTrue(small > 1000, "64 blocks lasted only " + small);
        assertTrue(large >= 1.8 * small, "128 blocks: " + large + " vs 64 blocks: " + small);
    }

    @Test
    void badBlocksAreEvicted() throws Exception {
        FaultyBlockDevice disk = strictNor(new Faults(64), 64);
        LittleFsFilesystem.mkfs(disk, options());
        LittleFsFilesystem fs = new LittleFsFilesystem(disk, options());
        for (int b = 2; b < 64; b += 3) {
            disk.markBad(b, BadBlockBehavior.ERASEERROR);
        }
        byte[][] contents = new byte[8][];
        for (int round = 0; round < 5; round++) {
            for (int i = 0; i < contents.length; i++) {
                contents[i] = new byte[(i * 97 + round * 31) % 1200 + 1];
                Arrays.fill(contents[i], (byte) (i + round));
                FileHandle f = fs.open("/file" + i, OpenMode.parse("w"));
                f.write(contents[i], 0, contents[i].length);
                f.close();
            }
        }
        LittleFsFilesystem again = new LittleFsFilesystem(disk, options());
        for (int i = 0; i < contents.length; i++) {
            FileHandle f = again.open("/file" + i, OpenMode.READ);
            byte[] back = new byte[contents[i].length];
            int n = 0;
            while (n < back.length) {
                n += f.read(back, n, back.length - n);
            }
            assertArrayEquals(contents[i], back, "file" + i);
        }
    }

    @Test
    void superblockExpandsAndKeepsTheMagicAtOffset8() throws Exception {
        FaultyBlockDevice disk = strictNor(new Faults(128), 128);
        LittleFsFilesystem.mkfs(disk, options());
        LittleFsFilesystem fs = new LittleFsFilesystem(disk, options());
        byte[] data = new byte[20];
        for (int i = 0; i < 1500; i++) {
            Arrays.fill(data, (byte) i);
            FileHandle f = fs.open("/f", OpenMode.parse("w"));
            f.write(data, 0, data.length);
            f.close();
        }
        LittleFs core = LittleFs.mount(disk, LfsConfig.micropython(512, 128));
        org.junit.jupiter.api.Assertions.assertFalse(MetadataPair.overlaps(core.root, new int[] {0, 1}),
                "root moved out of the superblock pair");
        byte[] image = ((NorFlash) disk.inner()).snapshot();
        for (int b = 0; b < 2; b++) {
            assertArrayEquals(LittleFs.MAGIC, Arrays.copyOfRange(image, b * 512 + 8, b * 512 + 16));
        }
        byte[] back = LittleFsFixtureTest.readAll(core, "/f");
        assertArrayEquals(data, back);
    }
}
