package org.mpyjvm.runtime.littlefs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mpyjvm.runtime.Errno;
import org.mpyjvm.runtime.StorageException;
import org.mpyjvm.runtime.blockdev.BlockDevice;
import org.mpyjvm.runtime.fs.FileHandle;
import org.mpyjvm.runtime.fs.OpenMode;

/**
 * littlefs's test_badblocks: one bad block at a time (every position past the superblock pair), for each of
 * lfs_emubd's five bad-block behaviours and both erase values; format, fill, remount and read everything back.
 */
class LittleFsBadBlockTest {
    enum Behaviour { PROG_ERROR, ERASE_ERROR, READ_ERROR, PROG_NOOP, ERASE_NOOP }

    /** RAM device (writes replace bytes) with one misbehaving block. */
    static final class BadBlockDisk implements BlockDevice {
        final int bs;
        final int count;
        final byte[] data;
        final byte eraseValue;
        final Behaviour behaviour;
        final int bad;

        BadBlockDisk(int bs, int count, byte eraseValue, Behaviour behaviour, int bad) {
            this.bs = bs;
            this.count = count;
            this.data = new byte[bs * count];
            this.eraseValue = eraseValue;
            this.behaviour = behaviour;
            this.bad = bad;
            Arrays.fill(data, eraseValue);
        }

        @Override
        public int blockSize() {
            return bs;
        }

        @Override
        public long blockCount() {
            return count;
        }

        @Override
        public void read(long block, int offset, byte[] dst, int dstOff, int len) throws StorageException {
            if (block == bad && behaviour == Behaviour.READ_ERROR) {
                // littlefs's test block device reports a bad block's read as LFS_ERR_CORRUPT
                throw new StorageException(Errno.ECORRUPT, "read error");
            }
            System.arraycopy(data, (int) block * bs + offset, dst, dstOff, len);
        }

        @Override
        public void writeBlocks(long block, byte[] src, int srcOff, int len) throws StorageException {
            throw new StorageException(Errno.EIO, "not used by littlefs");
        }

        @Override
        public void program(long block, int offset, byte[] src, int srcOff, int len) throws StorageException {
            if (block == bad && behaviour == Behaviour.PROG_ERROR) {
                throw new StorageException(Errno.EIO, "prog error");
            }
            if (block == bad && behaviour == Behaviour.PROG_NOOP) {
                return;
            }
            System.arraycopy(src, srcOff, data, (int) block * bs + offset, len);
        }

        @Override
        public void erase(long block) throws StorageException {
            if (block == bad && behaviour == Behaviour.ERASE_ERROR) {
                throw new StorageException(Errno.EIO, "erase error");
            }
            if (block == bad && behaviour == Behaviour.ERASE_NOOP) {
                return;
            }
            Arrays.fill(data, (int) block * bs, (int) (block + 1) * bs, eraseValue);
        }
    }

    @ParameterizedTest
    @CsvSource({"PROG_ERROR, -1", "ERASE_ERROR, -1", "READ_ERROR, -1", "PROG_NOOP, -1", "ERASE_NOOP, -1",
            "PROG_ERROR, 0", "ERASE_ERROR, 0", "READ_ERROR, 0", "PROG_NOOP, 0", "ERASE_NOOP, 0"})
    void singleBadBlockAnywhere(Behaviour behaviour, int eraseValue) throws Exception {
        LittleFsFilesystem.Options opts = LittleFsFilesystem.Options.defaults().withClock(() -> 0L, 0);
        for (int bad = 2; bad < 64; bad++) {
            BadBlockDisk disk = new BadBlockDisk(512, 64, (byte) eraseValue, behaviour, bad);
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
