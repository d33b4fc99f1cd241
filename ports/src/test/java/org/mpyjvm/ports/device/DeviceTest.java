package org.mpyjvm.ports.device;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mpyjvm.ports.board.Board;
import org.mpyjvm.ports.board.BoardRegistry;

/** Device folders: created on first use, persisted between opens, refused for another board. */
class DeviceTest {
    private static final BoardRegistry R = BoardRegistry.builtIn();

    @Test
    void roundTripThroughTheFolder(@TempDir Path dir) throws IOException {
        Board pico = R.lookup("rp2");
        try (Device d = Device.open(pico, dir)) {
            assertEquals(2L << 20, Files.size(dir.resolve("flash.img")));
            assertEquals(0xFF, d.store("flash").get(0x0A0000), "NOR starts erased");
            assertNotEquals(-1, d.store("flash").get(0));
            d.store("flash").write(0x0A0000, new byte[] {1, 2, 3}, 0, 3);
            d.setState("nor", "and");
            assertNull(d.root(), "rp2 has no host root");
        }
        String json = Files.readString(dir.resolve("board.json"));
        assertTrue(json.contains("\"board\": \"rp2:RPI_PICO\""), json);
        try (Device d = Device.open(pico, dir)) {
            assertEquals(3, d.store("flash").get(0x0A0002));
            assertEquals("and", d.state().get("nor"));
        }
    }

    @Test
    void anotherBoardsFolderIsRefused(@TempDir Path dir) throws IOException {
        Device.open(R.lookup("rp2"), dir).close();
        IOException e = assertThrows(IOException.class, () -> Device.open(R.lookup("nrf"), dir));
        assertTrue(e.getMessage().contains("rp2:RPI_PICO"), e.getMessage());
    }

    @Test
    void firmwareIsPatternedAndDeterministic(@TempDir Path dir) throws IOException {
        Board sf2 = R.lookup("stm32");
        byte[] a = new byte[64];
        byte[] b = new byte[64];
        try (Device d = Device.fresh(sf2)) {
            d.store("internal").read(0x8000, a, 0, 64);
        }
        try (Device d = Device.open(sf2, dir)) {
            d.store("internal").read(0x8000, b, 0, 64);
            assertEquals(0xFF, d.store("qspi").get(0x100000), "ROM segment blank");
        }
        assertEquals(java.util.Arrays.toString(a), java.util.Arrays.toString(b));
        assertFalse(java.util.Arrays.equals(a, new byte[64]));
    }

    @Test
    void unixHasRootAndTheEmptyRom(@TempDir Path dir) throws IOException {
        try (Device d = Device.open(R.lookup("unix"), dir)) {
            assertTrue(Files.isDirectory(dir.resolve("root")));
            assertEquals(0xD2, d.store("rom0").get(0));
            assertEquals(0x00, d.store("rom0").get(3));
            assertEquals(0xFF, d.store("rom0").get(4));
        }
        Path root;
        try (Device d = Device.fresh(R.lookup("unix"))) {
            root = d.root();
            Files.writeString(root.resolve("x.txt"), "x");
            assertTrue(d.inMemory());
        }
        assertFalse(Files.exists(root), "temporary root deleted");
    }

    @Test
    void sdCardFileIsSparse(@TempDir Path dir) throws IOException {
        try (Device d = Device.open(R.lookup("zephyr:mimxrt1050_evk"), dir)) {
            ImageStore sd = d.store("sd0");
            assertEquals(4L << 30, sd.length());
            assertEquals(0, sd.get((4L << 30) - 1));
            sd.write(3L << 30, new byte[] {9}, 0, 1);
        }
        Path img = dir.resolve("sd0.img");
        assertEquals(4L << 30, Files.size(img));
        Process stat = new ProcessBuilder("stat", "-c", "%b", img.toString()).start();
        long blocks = Long.parseLong(new String(stat.getInputStream().readAllBytes()).strip());
        assertTrue(blocks * 512 < (1 << 20), "4 GiB card uses " + blocks + " blocks on the host");
        try (Device d = Device.open(R.lookup("zephyr:mimxrt1050_evk"), dir)) {
            assertEquals(9, d.store("sd0").get(3L << 30));
        }
    }

    @Test
    void memoryStoreIsSparseAndPaged() {
        MemoryImageStore s = new MemoryImageStore(4L << 30, (byte) 0);
        byte[] data = new byte[70000];
        java.util.Arrays.fill(data, (byte) 5);
        s.write((1L << 30) - 100, data, 0, data.length);
        byte[] back = new byte[70002];
        s.read((1L << 30) - 101, back, 0, back.length);
        assertEquals(0, back[0]);
        assertEquals(5, back[1]);
        assertEquals(5, back[70000]);
        assertEquals(0, back[70001]);
        s.fill(0, 1 << 17, (byte) 0x77);
        assertEquals(0x77, s.get((1 << 17) - 1));
    }
}
