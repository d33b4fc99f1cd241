package org.mpyjvm.tests.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code mpy boards check}: the seed's snippets check clean; a broken profile names its file, line and text. */
class BoardsCheckCommandTest {
    private static final String SEED_CSV = """
            # Name,   Type, SubType, Offset,  Size, Flags
            nvs,      data, nvs,     0x9000,  0x6000,
            phy_init, data, phy,     0xf000,  0x1000,
            factory,  app,  factory, 0x10000, 0x1D0000,
            romfs,    data, 0x8f,    0x1E0000, 0x20000, # 128KB ROM partition
            vfs,      data, fat,     0x200000, 0x200000,
            """;
    private static final String SEED_ESP8266_LD = """
            MEMORY
            {
            /* Other regions... */
            irom0_0_seg : org = 0x40209000, len = 1M - 36K - 320K # Reduced firmware space
            FLASH_ROMFS : org = 0x402b0000, len = 320K # ROM partition
            }
            /* ROMFS symbols */
            _micropy_hw_romfs_part0_start = ORIGIN(FLASH_ROMFS);
            _micropy_hw_romfs_part0_size = LENGTH(FLASH_ROMFS);
            """;
    private static final String SEED_RP2_H = """
            #define MICROPY_HW_ROMFS_BYTES (128 * 1024) // Size in bytes
            #define MICROPY_VFS_ROM (MICROPY_HW_ROMFS_BYTES > 0)
            """;

    @TempDir
    Path dir;

    @Test
    void seedSnippetsCheckClean() throws Exception {
        Files.writeString(dir.resolve("partitions-4MiB-romfs.csv"), SEED_CSV);
        Files.writeString(dir.resolve("esp8266_2MiB_ROMFS.ld"), SEED_ESP8266_LD);
        Files.writeString(dir.resolve("mpconfigboard.h"), SEED_RP2_H);
        MpyCommand.Result r = MpyCommand.run(dir, "boards", "check", "partitions-4MiB-romfs.csv",
                "esp8266_2MiB_ROMFS.ld", "mpconfigboard.h");
        assertEquals(0, r.status(), r.stdout() + r.stderr());
        assertTrue(r.stdout().contains("0 errors"), r.stdout());
    }

    @Test
    void overlappingPartitionIsAnErrorWithItsLine() throws Exception {
        String broken = SEED_CSV.replace("romfs,    data, 0x8f,    0x1E0000, 0x20000,",
                "romfs,    data, 0x8f,    0x1F0000, 0x20000,");
        Files.writeString(dir.resolve("partitions.csv"), broken);
        MpyCommand.Result r = MpyCommand.run(dir, "--board", "esp32", "boards", "check", "partitions.csv");
        assertEquals(1, r.status(), r.stdout() + r.stderr());
        assertTrue(r.stdout().contains("partitions.csv:6: error: vfs overlaps romfs (line 5)\n"
                + "    vfs,      data, fat,     0x200000, 0x200000,\n"), r.stdout());
    }
}
