package org.mpyjvm.runtime.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.mpyjvm.runtime.blockdev.RamDisk;
import org.mpyjvm.runtime.fat.FatClock;
import org.mpyjvm.runtime.fat.FatFilesystem;
import org.mpyjvm.runtime.littlefs.LittleFsFilesystem;
import org.mpyjvm.runtime.littlefs.LittleFsV1;
import org.mpyjvm.runtime.romfs.ByteRegion;
import org.mpyjvm.runtime.romfs.RomfsFilesystem;

/**
 * Arbitrary bytes mounted and walked as each on-disk format (see {@link ImageExercise} for what counts as a
 * finding). Plain {@code mvn test} replays the seed corpus in {@code StorageImageFuzzTestInputs/<method>/} (the
 * reference images); {@code JAZZER_FUZZ=1} fuzzes one method (README: "Fuzzing the storage engine").
 *
 * <p>Block size: 4096 when the input is a whole number of at least 16 such blocks (the 4 KiB reference images),
 * else 512; the image is padded with the erase value to at least the filesystem's minimum size.
 */
class StorageImageFuzzTest {
    private static final int MAX_BLOCKS = 2048;

    private static int blockSize(byte[] data) {
        return data.length >= 16 * 4096 && data.length % 4096 == 0 ? 4096 : 512;
    }

    private static RamDisk disk(byte[] data, int minBlocks, byte fill) {
        int bs = blockSize(data);
        return new RamDisk(bs, ImageExercise.toBlocks(data, bs, minBlocks, MAX_BLOCKS, fill));
    }

    private static LittleFsFilesystem.Options lfsOptions() {
        return LittleFsFilesystem.Options.defaults().withClock(() -> 1_700_000_000_000_000_000L, 0);
    }

    @FuzzTest(maxDuration = "3m")
    void littlefsV2(byte[] data) {
        ImageExercise.run(() -> new LittleFsFilesystem(disk(data, 2, (byte) 0xFF), lfsOptions()), true);
    }

    @FuzzTest(maxDuration = "3m")
    void littlefsV1(byte[] data) {
        ImageExercise.run(() -> new LittleFsV1(disk(data, 2, (byte) 0xFF), lfsOptions()), true);
    }

    @FuzzTest(maxDuration = "3m")
    void fat(byte[] data) {
        ImageExercise.run(() -> {
            FatFilesystem fs = new FatFilesystem(disk(data, 1, (byte) 0), FatClock.noRtc());
            fs.mount(false, false);
            return fs;
        }, true);
    }

    @FuzzTest(maxDuration = "3m")
    void romfs(byte[] data) {
        ImageExercise.run(() -> new RomfsFilesystem(ByteRegion.of(data)), false);
    }
}
