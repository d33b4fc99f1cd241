package org.mpyjvm.ports.board;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mpyjvm.ports.port.Ports;

/** Every board of BOARDS.md loads, with the numbers BOARDS.md gives, and every layout is consistent. */
class BoardRegistryTest {
    private static final BoardRegistry R = BoardRegistry.builtIn();

    private static final List<String> ALL = List.of("unix:standard", "zephyr:reel_board", "zephyr:rv32m1_vega_ri5cy",
            "zephyr:mimxrt1050_evk", "zephyr:frdm_k64f", "mimxrt:MIMXRT1050_EVK", "stm32:PYBD_SF2", "stm32:PYBV11",
            "rp2:RPI_PICO", "esp32:ESP32_GENERIC", "esp8266:ESP8266_GENERIC", "alif:ALIF_ENSEMBLE",
            "samd:ADAFRUIT_ITSYBITSY_M4_EXPRESS", "nrf:PCA10056", "renesas-ra:EK_RA6M2", "qemu:MPS2_AN385",
            "webassembly:standard", "circuitpython:adafruit_qt2040_trinkey", "spark:spark_core");

    @Test
    void everyBoardOfBoardsMdIsKnown() {
        assertEquals(Set.copyOf(ALL), R.all().stream().map(Board::id).collect(Collectors.toSet()));
        for (String id : ALL) {
            assertEquals(id, R.lookup(id).id());
            assertNotNull(Ports.of(R.lookup(id).port()));
        }
    }

    @Test
    void defaultsAndCaseInsensitiveBoards() {
        assertEquals("zephyr:mimxrt1050_evk", R.lookup("zephyr").id());
        assertEquals("stm32:PYBD_SF2", R.lookup("stm32").id());
        assertEquals("spark:spark_core", R.lookup("spark").id());
        assertEquals("webassembly:standard", R.lookup("webassembly").id());
        assertEquals("renesas-ra:EK_RA6M2", R.lookup("renesas-ra").id());
        assertEquals("mimxrt:MIMXRT1050_EVK", R.lookup("mimxrt:mimxrt1050_evk").id());
        assertEquals("unix:standard", R.lookup("unix").id());
        assertEquals(15, R.ports().size());
    }

    @Test
    void unknownBoardIsOneLineListingTheKnownOnes() {
        UnknownBoardException e = assertThrows(UnknownBoardException.class, () -> R.lookup("zephyr:nope"));
        assertFalse(e.getMessage().contains("\n"));
        assertTrue(e.getMessage().contains("zephyr:reel_board"));
        assertTrue(e.getMessage().contains("spark:spark_core"));
        assertThrows(UnknownBoardException.class, () -> R.lookup("ZEPHYR"));
    }

    @Test
    void importInference() {
        assertEquals("circuitpython:adafruit_qt2040_trinkey", R.infer(List.of("os", "busio")).get().getKey().id());
        assertEquals("busio", R.infer(List.of("busio")).get().getValue());
        assertEquals("esp32:ESP32_GENERIC", R.infer(List.of("esp", "esp32")).get().getKey().id());
        assertEquals("esp8266:ESP8266_GENERIC", R.infer(List.of("esp")).get().getKey().id());
        assertEquals("stm32:PYBD_SF2", R.infer(List.of("stm")).get().getKey().id());
        assertEquals("zephyr:mimxrt1050_evk", R.infer(List.of("zephyr", "mimxrt")).get().getKey().id());
        assertEquals("renesas-ra:EK_RA6M2", R.infer(List.of("renesas")).get().getKey().id());
        assertEquals("spark:spark_core", R.infer(List.of("spark")).get().getKey().id());
        assertTrue(R.infer(List.of("vfs", "machine", "os")).isEmpty());
        assertEquals("unix:standard", R.fallbackBoard().id());
    }

    @Test
    void identityStrings() {
        assertEquals("zephyr-reel_board with nrf52840", R.lookup("zephyr:reel_board").machine());
        assertEquals("i.MX RT1050 EVKB-A1 with MIMXRT1052DVL6B", R.lookup("mimxrt").machine());
        assertEquals("PYBD-SF2W with STM32F722IEK", R.lookup("stm32").machine());
        assertEquals("Raspberry Pi Pico with RP2040", R.lookup("rp2").machine());
        assertEquals("ESP module with ESP8266", R.lookup("esp8266").machine());
        assertEquals("mps2-an385 with Cortex-M3", R.lookup("qemu").machine());
        assertEquals("JS with Emscripten", R.lookup("webassembly").machine());
        assertEquals("Spark Core with STM32F103CB", R.lookup("spark").machine());
        assertEquals("linux [JVM] version", R.lookup("unix").machine());
        assertEquals("pyboard", R.lookup("stm32:PYBV11").platform());
        assertEquals("RP2040", R.lookup("circuitpython").platform());
        assertEquals("circuitpython", R.lookup("circuitpython").implementation());
        assertEquals("9.2.9", R.lookup("circuitpython").version());
        assertEquals("ESP8266_GENERIC-FLASH_2M_ROMFS", R.lookup("esp8266").build());
        assertEquals(null, R.lookup("zephyr").build());
        assertEquals(null, R.lookup("spark").build());
        assertEquals(List.of("", "/rom", "/rom/lib"), R.lookup("zephyr:frdm_k64f").sysPath());
        assertEquals(List.of("", ".frozen", "/rom", "/rom/lib", "/lib", "/"), R.lookup("esp8266").sysPath());
    }

    @Test
    void zephyrFlashAreas() {
        Board reel = R.lookup("zephyr:reel_board");
        FlashArea storage = reel.area("storage").orElseThrow();
        assertEquals(4, storage.id());
        assertEquals(0xF8000, storage.offset());
        assertEquals(32 * 1024, storage.size());
        assertEquals(0x67000, reel.area(2).orElseThrow().size());

        Board k64 = R.lookup("zephyr:frdm_k64f");
        assertEquals(1, k64.area("storage").orElseThrow().id());
        FlashArea scratch = k64.area(4).orElseThrow();
        assertEquals("image-scratch", scratch.label());
        assertEquals(128 * 1024 / 4096, scratch.size() / 4096);
        assertTrue(k64.area(0).orElseThrow().readOnly());
        assertFalse(k64.protectedRegionsTouched("flash", 0x1E000, 8192).isEmpty(), "storage is firmware");
        assertTrue(k64.protectedRegionsTouched("flash", 0xE0000, 128 * 1024).isEmpty());

        Board vega = R.lookup("zephyr:rv32m1_vega_ri5cy");
        assertEquals(3, vega.area("storage").orElseThrow().id());
        assertEquals(0xF4000, vega.area("mcuboot").orElseThrow().offset());
        assertEquals(8, vega.medium("flash").orElseThrow().programUnit());

        Board evk = R.lookup("zephyr:mimxrt1050_evk");
        Medium qspi = evk.medium("qspi").orElseThrow();
        assertEquals(8L << 20, qspi.size());
        assertEquals(0x60000000L, qspi.mappedAt());
        assertEquals("9d 70 17", qspi.jedec());
        assertEquals(0x620000, evk.area("storage").orElseThrow().offset());
        assertEquals(4L << 30, evk.medium("sd0").orElseThrow().size());
        assertEquals("zephyr.DiskAccess('SDHC')", evk.sdSlots().get(0).api());
        assertEquals("/sd", evk.mounts().get(0).path());
    }

    @Test
    void otherFlashMaps() {
        Board rt = R.lookup("mimxrt:MIMXRT1050_EVK");
        Region storage = rt.region("storage").orElseThrow();
        assertEquals(0x200000, storage.offset());
        assertEquals(248, storage.size() / storage.blockSize());
        assertEquals(262144, storage.blockSize());
        assertEquals(64L << 20, rt.medium("hyperflash").orElseThrow().size());
        assertEquals(512, rt.medium("hyperflash").orElseThrow().pageSize());

        Board sf2 = R.lookup("stm32:PYBD_SF2");
        Medium internal = sf2.medium("internal").orElseThrow();
        assertEquals(16 * 1024, internal.eraseUnitAt(0x4000)[1]);
        assertEquals(64 * 1024, internal.eraseUnitAt(0x10000)[1]);
        assertEquals(0x20000, internal.eraseUnitAt(0x30000)[0]);
        assertEquals(0x90000000L, sf2.medium("qspi").orElseThrow().mappedAt());

        Board v11 = R.lookup("stm32:PYBV11");
        assertEquals(112 * 1024 / 512, v11.region("storage").orElseThrow().size() / 512);
        assertEquals(0xE0000, v11.medium("internal").orElseThrow().eraseUnitAt(0xFFFFF)[0]);

        Board pico = R.lookup("rp2");
        assertEquals(352, pico.region("storage").orElseThrow().size() / 4096);
        Board esp8266 = R.lookup("esp8266");
        assertEquals(763, esp8266.region("storage").orElseThrow().size() / 4096);
        assertEquals(0x3FB000, esp8266.region("sdk-params").orElseThrow().offset());
        Board alif = R.lookup("alif");
        assertEquals(0x8047E000L, alif.romSegments().get(1).address());
        assertEquals(0x580000, alif.medium("mram").orElseThrow().size());
        assertFalse(alif.medium("mram").orElseThrow().erasable());
        Board ra = R.lookup("renesas-ra");
        assertEquals(8 * 1024, ra.medium("flash").orElseThrow().eraseUnitAt(0xE000)[1]);
        assertEquals(32 * 1024, ra.medium("flash").orElseThrow().eraseUnitAt(0x10000)[1]);
        Board trinkey = R.lookup("circuitpython");
        assertEquals(14336, trinkey.region("circuitpy").orElseThrow().size() / 512);
        assertEquals("GPIO27", trinkey.pins().stream().filter(p -> p.name().equals("NEOPIXEL")).findFirst()
                .orElseThrow().gpio());
        assertEquals(0x0FF000, trinkey.region("nvm").orElseThrow().offset());
    }

    @Test
    void i2cBuses() {
        Board reel = R.lookup("zephyr:reel_board");
        assertEquals("'i2c0'", reel.i2cBuses().get(0).id());
        assertEquals(List.of(0x1D, 0x39, 0x43), reel.i2cPeripherals().stream().map(I2cPeripheral::address).toList());
        assertTrue(R.lookup("unix").i2cBuses().isEmpty());
        assertEquals("2", R.lookup("samd").i2cBuses().get(0).id());
        assertTrue(R.lookup("nrf").i2cBuses().get(0).pinsRequired());
        assertEquals(4, R.lookup("alif").i2cBuses().size());
    }

    @Test
    void layoutsAreConsistent() {
        for (Board b : R.all()) {
            for (Region r : b.regions()) {
                Medium m = b.medium(r.medium()).orElseThrow(() -> new AssertionError(b.id() + " " + r.label()));
                assertTrue(r.offset() >= 0 && r.end() <= m.size(), b.id() + " " + r.label() + " outside medium");
                for (Region other : b.regions()) {
                    if (other != r) {
                        assertFalse(other.overlaps(r.medium(), r.offset(), r.size()),
                                b.id() + ": " + r.label() + " overlaps " + other.label());
                    }
                }
            }
            for (FlashArea a : b.areas()) {
                Medium m = b.medium(a.medium()).orElseThrow();
                assertTrue(a.end() <= m.size(), b.id() + " area " + a.label());
            }
            for (RomSegment seg : Ports.of(b.port()).romSegments(b)) {
                Medium m = b.medium(seg.medium()).orElseThrow();
                assertTrue(seg.end() <= m.size(), b.id() + " rom outside medium");
                if (m.erasable()) {
                    assertTrue(m.isEraseBoundary(seg.offset()) && m.isEraseBoundary(seg.end()),
                            b.id() + " rom not erase aligned");
                }
                assertTrue(b.regions().stream().anyMatch(r -> r.use().equals("rom") && r.medium().equals(seg.medium())
                        && r.offset() == seg.offset() && r.size() == seg.size()), b.id() + " rom has no region");
                assertTrue(b.protectedRegionsTouched(seg.medium(), seg.offset(), seg.size()).isEmpty());
                if (m.mapped() && seg.address() >= 0) {
                    assertEquals(m.mappedAt() + seg.offset(), seg.address(), b.id() + " rom address");
                }
            }
            for (Mount mount : b.mounts()) {
                String src = mount.source();
                assertTrue(src.equals("host") || b.region(src).isPresent() || b.medium(src).isPresent(),
                        b.id() + " mount source " + src);
            }
        }
    }

    @Test
    void userBoardFile(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("parts.csv"), "nvs, data, nvs, , 0x6000\nfactory, app, factory, , 1M\n"
                + "romfs, data, 0x8f, , 64K\n");
        Files.writeString(dir.resolve("my.board"), """
                # a user board
                [board esp32:MY_BOARD]
                name = My board
                mcu = ESP32-S3
                platform = esp32
                partitions = parts.csv
                medium flash kind=nor size=8M erase=4K
                [board toy:one]
                name = Toy
                mcu = T1
                platform = toy
                """);
        BoardRegistry r = BoardRegistry.builtIn();
        assertEquals(2, r.addFile(dir.resolve("my.board")).size());
        Board mine = r.lookup("esp32:my_board");
        assertEquals(0x9000, mine.area("nvs").orElseThrow().offset());
        assertEquals(0x10000, mine.area("factory").orElseThrow().offset());
        assertEquals(0x110000, mine.area("romfs").orElseThrow().offset());
        assertEquals("esp32:ESP32_GENERIC", r.lookup("esp32").id(), "built-in default kept");
        assertEquals("toy:one", r.lookup("toy").id(), "first board of a new port is its default");
    }

    @Test
    void badBoardFilesNameTheLine(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("bad.board"), "[board x:y]\nname = a\nmcu = b\nplatform = c\nmedium m size=zz\n");
        BoardFileException e = assertThrows(BoardFileException.class,
                () -> BoardRegistry.builtIn().addFile(dir.resolve("bad.board")));
        assertTrue(e.getMessage().contains("bad.board:5"), e.getMessage());
    }
}
