package org.mpyjvm.runtime.blockdev;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mpyjvm.runtime.StorageException;

class PersistenceTest {
    @TempDir
    Path dir;

    @Test
    void norImageIsTheRawFlashAndSurvivesReopening() throws IOException, StorageException {
        Path img = dir.resolve("flash.img");
        NorFlash flash = NorFlash.openImage(img, 4096, 8, 256);
        byte[] erased = new byte[8 * 4096];
        Arrays.fill(erased, (byte) 0xFF);
        assertArrayEquals(erased, Files.readAllBytes(img), "a new image starts erased");
        flash.erase(3);
        flash.programAt(3 * 4096 + 17, "littlefs".getBytes(), 0, 8);
        // Writes reach the file without close(): a crash of the JVM loses nothing the OS accepted.
        byte[] onDisk = Files.readAllBytes(img);
        assertEquals('l', onDisk[3 * 4096 + 17]);
        assertArrayEquals(flash.snapshot(), onDisk);
        flash.close();

        NorFlash again = NorFlash.openImage(img, 4096, 8, 256);
        byte[] back = new byte[8];
        again.readAt(3 * 4096 + 17, back, 0, 8);
        assertEquals("littlefs", new String(back));
        assertEquals((byte) 0xFF, again.view().get(0));
        again.close();
    }

    @Test
    void imageOfTheWrongSizeIsRefused() throws IOException {
        Path img = dir.resolve("odd.img");
        Files.write(img, new byte[100]);
        assertThrows(IOException.class, () -> NorFlash.openImage(img, 4096, 8, 256));
    }

    @Test
    void ramDiskImageRoundTrip() throws IOException, StorageException {
        Path img = dir.resolve("ram.img");
        RamDisk disk = RamDisk.openImage(img, 512, 16, (byte) 0);
        byte[] block = new byte[512];
        Arrays.fill(block, (byte) 7);
        disk.writeBlocks(5, block, 0, 512);
        disk.flush();
        disk.close();
        assertEquals(7, Files.readAllBytes(img)[5 * 512 + 100]);
        RamDisk again = RamDisk.openImage(img, 512, 16, (byte) 0);
        byte[] back = new byte[512];
        again.read(5, 0, back, 0, 512);
        assertArrayEquals(block, back);
        assertEquals(7, again.view().get(5 * 512));
        assertThrows(IllegalStateException.class, again::bytes);
        again.close();
    }

    @Test
    void heapRamDiskKeepsItsLiveArray() throws StorageException {
        RamDisk disk = new RamDisk(512, 4);
        disk.program(1, 3, new byte[] {9}, 0, 1);
        assertEquals(9, disk.bytes()[515]);
        disk.bytes()[516] = 4;
        assertEquals(4, disk.view().get(516));
    }
}
