package org.mpyjvm.ports.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mpyjvm.ports.board.Board;
import org.mpyjvm.ports.board.BoardRegistry;
import org.mpyjvm.ports.check.BoardProfileCheck.Source;
import org.mpyjvm.ports.check.Finding.Severity;

/** The seed's own snippets check clean; broken variants are reported with their lines. */
class BoardProfileCheckTest {
    private static final BoardRegistry R = BoardRegistry.builtIn();

    static final String SEED_STM32_H = """
            #define MICROPY_VFS_ROM (1)
            // For internal flash storage
            #define MICROPY_HW_ROMFS_ENABLE_INTERNAL_FLASH (1)
            // For external QSPI flash storage
            #define MICROPY_HW_ROMFS_ENABLE_EXTERNAL_QSPI (1)
            #define MICROPY_HW_ROMFS_QSPI_SPIFLASH_OBJ (&spi_bdev_obj)
            // Enable partitions (up to 2 supported)
            #define MICROPY_HW_ROMFS_ENABLE_PART0 (1)
            #define MICROPY_HW_ROMFS_ENABLE_PART1 (1) // Optional second partition
            """;
    static final String SEED_STM32_LD = """
            MEMORY
            {
            /* Other memory regions... */
            FLASH_ROMFS (rx): ORIGIN = 0x90000000, LENGTH = 1024K
            }
            /* ROMFS location symbols */
            _micropy_hw_romfs_part0_start = ORIGIN(FLASH_ROMFS);
            _micropy_hw_romfs_part0_size = LENGTH(FLASH_ROMFS);
            /* Optional second partition */
            _micropy_hw_romfs_part1_start = ORIGIN(FLASH_ROMFS2);
            _micropy_hw_romfs_part1_size = LENGTH(FLASH_ROMFS2);
            """;
    static final String SEED_RP2_H = """
            #define MICROPY_HW_ROMFS_BYTES (128 * 1024) // Size in bytes
            #define MICROPY_VFS_ROM (MICROPY_HW_ROMFS_BYTES > 0)
            """;
    static final String SEED_ESP8266_LD = """
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

    private static List<Finding> check(Board board, Source... sources) {
        return new BoardProfileCheck(board).check(List.of(sources));
    }

    private static List<Finding> errors(List<Finding> f) {
        return f.stream().filter(x -> x.severity() == Severity.ERROR).toList();
    }

    @Test
    void seedSnippetsCheckClean() {
        List<Finding> stm32 = check(null, new Source("mpconfigboard.h", SEED_STM32_H), new Source("board.ld", SEED_STM32_LD));
        assertTrue(BoardProfileCheck.clean(stm32), stm32.toString());
        assertTrue(stm32.stream().anyMatch(f -> f.message().contains("FLASH_ROMFS2")), "partial snippet noted");
        assertTrue(BoardProfileCheck.clean(check(null, new Source("mpconfigboard.h", SEED_RP2_H))));
        assertTrue(BoardProfileCheck.clean(check(R.lookup("rp2"), new Source("mpconfigboard.h", SEED_RP2_H))));
        assertEquals(List.of(), check(null, new Source("esp8266_2MiB_ROMFS.ld", SEED_ESP8266_LD)));
        assertEquals(List.of(), check(R.lookup("esp8266"), new Source("esp8266_2MiB_ROMFS.ld", SEED_ESP8266_LD)));
        assertEquals(List.of(), check(R.lookup("esp32"), new Source("partitions-4MiB-romfs.csv",
                org.mpyjvm.ports.esp32.PartitionTableTest.SEED_CSV)));
    }

    @Test
    void seedLinkerExampleOverlapsPybdSf2Firmware() {
        List<Finding> f = errors(check(R.lookup("stm32:PYBD_SF2"), new Source("board.ld", SEED_STM32_LD)));
        assertEquals(1, f.size(), f.toString());
        assertTrue(f.get(0).message().contains("text_ext"), f.get(0).message());
        assertEquals(7, f.get(0).line());
        String fixed = SEED_STM32_LD.replace("0x90000000", "0x90100000");
        assertTrue(BoardProfileCheck.clean(check(R.lookup("stm32:PYBD_SF2"), new Source("board.ld", fixed))));
    }

    @Test
    void overlapsMisalignmentAndSpace() {
        String ld = """
                MEMORY
                {
                    FLASH_TEXT (rx): ORIGIN = 0x90000000, LENGTH = 1028K
                    FLASH_ROMFS (rx): ORIGIN = 0x90100000, LENGTH = 1001K
                }
                _micropy_hw_romfs_part0_start = ORIGIN(FLASH_ROMFS);
                _micropy_hw_romfs_part0_size = LENGTH(FLASH_ROMFS);
                """;
        List<Finding> f = errors(check(null, new Source("b.ld", ld)));
        assertTrue(f.stream().anyMatch(x -> x.line() == 4 && x.message().contains("overlaps FLASH_TEXT")), f.toString());
        assertTrue(f.stream().anyMatch(x -> x.message().contains("not aligned")), f.toString());
        assertTrue(f.get(0).toString().contains("\n    FLASH_ROMFS (rx)"), "offending line shown");

        String big = "MEMORY\n{\nFLASH_ROMFS (rx): ORIGIN = 0x90100000, LENGTH = 2048K\n}\n"
                + "_micropy_hw_romfs_part0_start = ORIGIN(FLASH_ROMFS);\n_micropy_hw_romfs_part0_size = LENGTH(FLASH_ROMFS);\n";
        List<Finding> g = errors(check(R.lookup("stm32:PYBD_SF2"), new Source("b.ld", big)));
        assertTrue(g.stream().anyMatch(x -> x.message().contains("runs past the end of qspi")), g.toString());
    }

    @Test
    void missingSymbolsAndObjects() {
        String h = "#define MICROPY_HW_ROMFS_ENABLE_EXTERNAL_QSPI (1)\n#define MICROPY_HW_ROMFS_ENABLE_PART0 (1)\n";
        String ld = "MEMORY\n{\nFLASH_ROMFS (rx): ORIGIN = 0x90100000, LENGTH = 1024K\n}\n"
                + "_micropy_hw_romfs_part0_start = ORIGIN(FLASH_ROMFS);\n";
        List<Finding> f = errors(check(null, new Source("mpconfigboard.h", h), new Source("b.ld", ld)));
        assertTrue(f.stream().anyMatch(x -> x.message().contains("MICROPY_HW_ROMFS_QSPI_SPIFLASH_OBJ") && x.line() == 1));
        assertTrue(f.stream().anyMatch(x -> x.message().contains("_micropy_hw_romfs_part0_size is missing")));
        assertTrue(f.stream().anyMatch(x -> x.message().contains("neither MICROPY_HW_ROMFS_PART0_START")
                && x.line() == 2), f.toString());
    }

    @Test
    void romBytesMustBeWholeSectorsAndFit() {
        List<Finding> f = errors(check(null, new Source("h", "#define MICROPY_HW_ROMFS_BYTES (100 * 1000)\n")));
        assertEquals(1, f.size());
        assertTrue(f.get(0).message().contains("4096"));
        List<Finding> g = errors(check(R.lookup("rp2"), new Source("h", "#define MICROPY_HW_ROMFS_BYTES (1024 * 1024)\n")));
        assertEquals(1, g.size(), g.toString());
        assertTrue(g.get(0).message().contains("does not fit"));
    }

    @Test
    void brokenPartitionTables() {
        String csv = """
                # Name, Type, SubType, Offset, Size, Flags
                nvs, data, nvs, 0x8000, 0x6000,
                factory, app, factory, 0x11000, 0x1D0000,
                romfs, app, 0x8f, 0x1E0000, 0x20000,
                vfs, data, fat, 0x200000, 0x300000,
                """;
        List<Finding> f = errors(check(R.lookup("esp32"), new Source("p.csv", csv)));
        assertTrue(f.stream().anyMatch(x -> x.line() == 2 && x.message().contains("below 0x9000")), f.toString());
        assertTrue(f.stream().anyMatch(x -> x.line() == 3 && x.message().contains("not aligned to 0x10000")));
        assertTrue(f.stream().anyMatch(x -> x.line() == 4 && x.message().contains("overlaps factory")));
        assertTrue(f.stream().anyMatch(x -> x.line() == 4 && x.message().contains("type data")));
        assertTrue(f.stream().anyMatch(x -> x.line() == 5 && x.message().contains("past the 4 MiB flash")));
        List<Finding> noRom = check(null, new Source("p.csv", "nvs, data, nvs, 0x9000, 0x6000,\n"));
        assertTrue(BoardProfileCheck.clean(noRom));
        assertFalse(noRom.isEmpty());
    }
}
