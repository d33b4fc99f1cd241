package org.mpyjvm.runtime.littlefs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mpyjvm.runtime.blockdev.RamDisk;
import org.mpyjvm.runtime.faults.BadBlockBehavior;
import org.mpyjvm.runtime.faults.Faults;
import org.mpyjvm.runtime.faults.FaultyBlockDevice;
import org.mpyjvm.runtime.fs.FileHandle;
import org.mpyjvm.runtime.fs.OpenMode;

/**
 * littlefs's test_badblocks: one bad block at a time (every position past the superblock pair), for each of
 * lfs_emubd's five bad-block behaviours (as the shared {@link FaultyBlockDevice} plays them) and both erase
 * values; format, fill, remount and read everything back.
 */
class LittleFsBadBlockTest {

    @ParameterizedTest
    @CsvSource({"PROGERROR, -1", "ERASEERROR, -1", "READERROR, -1", "PROGNOOP, -1", "ERASENOOP, -1",
            "PROGERROR, 0", "ERASEERROR, 0", "READERROR, 0", "PROGNOOP, 0", "ERASENOOP, 0"})
    void singleBadBlockAnywhere(BadBlockBehavior behaviour, int eraseValue) throws Exception {
        LittleFsFilesystem.Options opts = LittleFsFilesystem.Options.defaults().withClock(() -> 0L, 0);
        for (int bad = 2; bad < 64; bad++) {
            FaultyBlockDevice disk = new Faults(bad).wrap(new RamDisk(512, 64, (byte) eraseValue));
            disk.markBad(bad, behaviour);
            LittleFsFilesystem.mkfs(disk, opts);
            LittleFsFilesystem fs = new LittleFsFilesystem(disk, opts);
            byte[][] contents = new byte[6][];
            for (int i = 0; i < contents.length; i++) {
                fs.mkdir("/dir" + i);
                contents[i] = new byte[40 + i * 400];
                Arrays.fill(contents[i], (byte) (i * 17 + 1));
                FileHandle f = fs.open("/dir" + i + "/file", OpenMode.parse("w"));
                f.write(contents[i], 0, contents[i].length);
                f.close();
            }
            LittleFsFilesystem again = new LittleFsFilesystem(disk, opts);
            for (int i = 0; i < contents.length; i++) {
                assertArrayEquals(contents[i], LittleFsFilesystemTest.read(again, "/dir" + i + "/file"),
                        behaviour + " erase " + eraseValue + " bad block " + bad + " file " + i);
            }
        }
    }
}
