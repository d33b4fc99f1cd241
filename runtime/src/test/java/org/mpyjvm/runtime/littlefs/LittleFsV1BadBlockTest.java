package org.mpyjvm.runtime.littlefs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mpyjvm.runtime.blockdev.RamDisk;
import org.mpyjvm.runtime.faults.BadBlockBehavior;
import org.mpyjvm.runtime.faults.Faults;
import org.mpyjvm.runtime.faults.FaultyBlockDevice;
import org.mpyjvm.runtime.fs.FileHandle;
import org.mpyjvm.runtime.fs.OpenMode;

/**
 * littlefs's test_badblocks for v1: one bad block at a time, anywhere past the superblock pair, for each of the
 * five bad-block behaviours. v1 relocates a metadata block whose commit does not read back (its parent entry, or
 * the superblock for the root, then points at the new pair) and a data block whose program does not stick; after
 * mkfs, six directories with a file each, and a remount, everything reads back.
 */
class LittleFsV1BadBlockTest {

    @ParameterizedTest
    @EnumSource(BadBlockBehavior.class)
    void singleBadBlockAnywhere(BadBlockBehavior behaviour) throws Exception {
        LittleFsFilesystem.Options opts = LittleFsFilesystem.Options.defaults();
        int relocatedAway = 0;
        for (int bad = 2; bad < 64; bad++) {
            FaultyBlockDevice disk = new Faults(bad).wrap(new RamDisk(512, 64, (byte) 0xFF));
            disk.markBad(bad, behaviour);
            LittleFsV1.mkfs(disk, opts);
            LittleFsV1 fs = new LittleFsV1(disk, opts);
            byte[][] contents = new byte[6][];
            for (int i = 0; i < contents.length; i++) {
                fs.mkdir("/dir" + i);
                contents[i] = new byte[40 + i * 400];
                Arrays.fill(contents[i], (byte) (i * 17 + 1));
                FileHandle f = fs.open("/dir" + i + "/file", OpenMode.parse("w"));
                f.write(contents[i], 0, contents[i].length);
                f.close();
            }
            LittleFsV1 again = new LittleFsV1(disk, opts);
            for (int i = 0; i < contents.length; i++) {
                assertArrayEquals(contents[i], LittleFsFilesystemTest.read(again, "/dir" + i + "/file"),
                        behaviour + " bad block " + bad + " file " + i);
            }
            boolean[] uses = {false};
            int b = bad;
            again.volume().reader.traverse(block -> uses[0] |= block == b);
            if (!uses[0]) {
                relocatedAway++;
            }
        }
        // blocks 2..~40 get used by this workload: each bad one must have been avoided
        assertEquals(62, relocatedAway, behaviour + ": live data left on a bad block");
    }
}
