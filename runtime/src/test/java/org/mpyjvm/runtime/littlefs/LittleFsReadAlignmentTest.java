package org.mpyjvm.runtime.littlefs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mpyjvm.runtime.StorageException;
import org.mpyjvm.runtime.blockdev.ForwardingDevice;
import org.mpyjvm.runtime.blockdev.RamDisk;

/**
 * littlefs only issues reads that are whole multiples of read_size and programs that are whole multiples of
 * prog_size, also when read_size is larger than prog_size (found by golden script vfs/lfs/keywords.py: the
 * program verification used to read prog-sized lengths).
 */
class LittleFsReadAlignmentTest {
    /** Records every read and program that is not aligned, then passes it on. */
    static final class RecordingDevice extends ForwardingDevice {
        final List<String> misaligned = new ArrayList<>();
        final int readSize;
        final int progSize;

        RecordingDevice(RamDisk disk, int readSize, int progSize) {
            super(disk);
            this.readSize = readSize;
            this.progSize = progSize;
        }

        @Override
        public void read(long block, int offset, byte[] dst, int dstOff, int len) throws StorageException {
            if (len % readSize != 0 || offset % readSize != 0) {
                misaligned.add("read " + block + "+" + offset + " len " + len);
            }
            super.read(block, offset, dst, dstOff, len);
        }

        @Override
        public void program(long block, int offset, byte[] src, int srcOff, int len) throws StorageException {
            if (len % progSize != 0 || offset % progSize != 0) {
                misaligned.add("prog " + block + "+" + offset + " len " + len);
            }
            super.program(block, offset, src, srcOff, len);
        }
    }

    @ParameterizedTest
    @CsvSource({"1024, 128, 64", "512, 64, 32", "4096, 256, 16", "512, 32, 128"})
    void everyReadAndProgramIsAligned(int blockSize, int readSize, int progSize) throws Exception {
        RecordingDevice dev = new RecordingDevice(new RamDisk(blockSize, 40, (byte) 0xFF), readSize, progSize);
        LittleFsFilesystem.Options o = LittleFsFilesystem.Options.defaults().withSizes(readSize, progSize, 16);
        LittleFsFilesystem.mkfs(dev, o);
        LittleFsFilesystem fs = new LittleFsFilesystem(dev, o);
        for (int i = 0; i < 5; i++) {
            byte[] data = new byte[700 * i + 10];
            java.util.Arrays.fill(data, (byte) i);
            LittleFsFilesystemTest.write(fs, "/f" + i, "wb", data);
            assertArrayEquals(data, LittleFsFilesystemTest.read(fs, "/f" + i));
        }
        assertEquals(List.of(), dev.misaligned);
    }
}
