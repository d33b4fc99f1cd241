package org.mpyjvm.ports.port;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.mpyjvm.ports.board.Board;
import org.mpyjvm.ports.board.BoardRegistry;
import org.mpyjvm.ports.device.Device;
import org.mpyjvm.ports.device.ImageStore;
import org.mpyjvm.ports.memory.RegionBlockDevice;
import org.mpyjvm.runtime.Errno;
import org.mpyjvm.runtime.StorageException;

/** Seed 002: the external flash's bottom 0x80000 bytes are out of reach from Python and guarded on the host. */
class SparkPortTest {
    private static final Board SPARK = BoardRegistry.builtIn().lookup("spark:spark_core");

    @Test
    void userAreaStartsAt0x80000() throws Exception {
        try (Device d = Device.fresh(SPARK)) {
            RegionBlockDevice flash = new SparkPort().externalFlash(SPARK, d.plainMedia());
            assertEquals(320, flash.blockCount());
            assertEquals(4096, flash.blockSize());
            byte[] block = new byte[4096];
            Arrays.fill(block, (byte) 0x5A);
            flash.writeBlocks(0, block, 0, block.length);
            ImageStore spi = d.store("spi");
            assertEquals(0x5A, spi.get(0x80000));
            assertEquals(0x5A, spi.get(0x80FFF));
            assertEquals(0xFF, spi.get(0x7FFFF), "reserved area untouched");
            flash.program(319, 4090, new byte[] {1, 2, 3, 4, 5, 6}, 0, 6);
            assertEquals(6, spi.get(0x1BFFFF));
            assertEquals(0xFF, spi.get(0x1C0000), "ROM segment untouched");
            byte[] back = new byte[6];
            flash.read(319, 4090, back, 0, 6);
            assertArrayEquals(new byte[] {1, 2, 3, 4, 5, 6}, back);
        }
    }

    @Test
    void nothingOutsideTheUserAreaIsAddressable() throws Exception {
        try (Device d = Device.fresh(SPARK)) {
            RegionBlockDevice flash = new SparkPort().externalFlash(SPARK, d.plainMedia());
            for (long bad : new long[] {-1, 320, 1 << 20, -128}) {
                StorageException e = assertThrows(StorageException.class, () -> flash.erase(bad));
                assertEquals(Errno.EINVAL, e.errno());
            }
            assertThrows(StorageException.class, () -> flash.read(319, 4000, new byte[200], 0, 200));
            assertThrows(StorageException.class, () -> flash.program(0, -1, new byte[1], 0, 1));
            assertThrows(StorageException.class, () -> flash.writeBlocks(319, new byte[8192], 0, 8192));
            assertEquals(0xFF, d.store("spi").get(0x1C0000));
        }
    }

    @Test
    void hostSideSeesTheReservedRegion() {
        assertFalse(SPARK.protectedRegionsTouched("spi", 0x7F000, 0x2000).isEmpty());
        assertEquals("reserved", SPARK.protectedRegionsTouched("spi", 0, 1).get(0).use());
        assertTrue(SPARK.protectedRegionsTouched("spi", 0x80000, 0x100000).isEmpty());
        assertFalse(SPARK.protectedRegionsTouched("internal", 0x4C00, 4).isEmpty(), "bootloader/system flags");
        assertTrue(SPARK.protectedRegionsTouched("internal", 0x20000, 0).isEmpty());
        assertEquals("spi", SPARK.property("dfu.alt.1").orElseThrow());
        assertEquals("spark.ExternalFlash()", SPARK.property("spark.face").orElseThrow());
        assertEquals(0x1000, SPARK.area("server-public-key").orElseThrow().offset());
        assertEquals(612, SPARK.area("core-private-key").orElseThrow().size());
        assertEquals("BF 25 41", SPARK.medium("spi").orElseThrow().jedec());
    }

    @Test
    void storageRegionsAsBlockDevices() throws Exception {
        Board pico = BoardRegistry.builtIn().lookup("rp2");
        try (Device d = Device.fresh(pico)) {
            RegionBlockDevice flash = new Rp2Port().regionDevice(pico, d.plainMedia(), "storage");
            assertEquals(352, flash.blockCount());
            flash.writeBlocks(0, new byte[4096], 0, 4096);
            assertEquals(0, d.store("flash").get(0xA0000));
            assertEquals(0xFF, d.store("flash").get(0x9FFFF));
        }
    }
}
