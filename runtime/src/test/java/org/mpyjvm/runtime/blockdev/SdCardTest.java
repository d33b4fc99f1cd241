package org.mpyjvm.runtime.blockdev;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mpyjvm.runtime.Errno;
import org.mpyjvm.runtime.StorageException;

class SdCardTest {
    private static final long GIB = 1L << 30;

    @TempDir
    Path dir;

    /** Host disk blocks actually allocated to a file, in KiB, as {@code du -k} reports them. */
    private static long allocatedKiB(Path file) throws IOException, InterruptedException {
        Process du = new ProcessBuilder("du", "-k", file.toString()).redirectErrorStream(true).start();
        String out = new String(du.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        assertTrue(du.waitFor(10, TimeUnit.SECONDS));
        assertEquals(0, du.exitValue(), out);
        return Long.parseLong(out.split("\\s+")[0]);
    }

    @Test
    void a32GibCardCostsAlmostNoHostDisk() throws IOException, InterruptedException, StorageException {
        Path img = dir.resolve("sd0.img");
        SdCard card = SdCard.openImage(img, 32 * GIB);
        assertEquals(32 * GIB / 512, card.blockCount());
        byte[] sector = new byte[512];
        Arrays.fill(sector, (byte) 0x5A);
        long last = card.blockCount() - 1;
        card.writeBlocks(last, sector, 0, 512);
        card.writeBlocks(0, sector, 0, 512);
        card.close();
        assertEquals(32 * GIB, Files.size(img));
        assertTrue(allocatedKiB(img) < 1024, "sparse image must not allocate the card");

        SdCard again = SdCard.openImage(img, 32 * GIB);
        byte[] back = new byte[512];
        again.read(last, 0, back, 0, 512);
        assertArrayEquals(sector, back);
        again.read(last - 1, 0, back, 0, 512);
        assertArrayEquals(new byte[512], back, "unwritten sectors read as zeros");
        again.close();
    }

    @Test
    void freshCardInMemoryIsSparseToo() throws StorageException {
        SdCard card = SdCard.inMemory(32 * GIB);
        byte[] sector = new byte[512];
        sector[0] = 1;
        card.writeBlocks(card.blockCount() - 1, sector, 0, 512);
        byte[] back = new byte[512];
        card.read(card.blockCount() - 1, 0, back, 0, 512);
        assertArrayEquals(sector, back);
        assertEquals(Errno.EIO, assertThrows(StorageException.class,
                () -> card.read(card.blockCount(), 0, new byte[512], 0, 512)).errno());
        assertEquals(Errno.EINVAL, assertThrows(StorageException.class,
                () -> card.writeBlocks(0, new byte[100], 0, 100)).errno());
    }

    @Test
    void sparseHeapStoreAllocatesOnlyWrittenChunks() {
        SparseHeapStore store = new SparseHeapStore(32 * GIB, (byte) 0);
        store.write(20 * GIB, new byte[] {1, 2, 3}, 0, 3);
        assertEquals(1 << 16, store.allocatedBytes());
        byte[] back = new byte[5];
        store.read(20 * GIB - 1, back, 0, 5);
        assertArrayEquals(new byte[] {0, 1, 2, 3, 0}, back);
        store.fill(20 * GIB - (20 * GIB % (1 << 16)), 1 << 16, (byte) 0);
        assertEquals(0, store.allocatedBytes());
    }

    @Test
    void csdDescribesCapacityLikeTheCard() {
        SdCsd sdhc = SdCard.inMemory(32 * GIB).csd();
        assertEquals(2, sdhc.version());
        assertEquals(SdCsd.Kind.SDHC, sdhc.kind());
        assertEquals(65535, sdhc.cSize());
        assertEquals(32 * GIB, sdhc.capacityBytes());

        SdCsd small = SdCsd.forCapacity(64L << 20);
        assertEquals(1, small.version());
        assertEquals(SdCsd.Kind.SDSC, small.kind());
        long unit = 1L << (small.cSizeMult() + 2 + small.readBlLen());
        assertEquals(64L << 20, (small.cSize() + 1) * unit);
        assertTrue(small.cSize() < 4096);

        assertEquals(SdCsd.Kind.SDXC, SdCsd.forCapacity(64 * GIB).kind());
    }
}
