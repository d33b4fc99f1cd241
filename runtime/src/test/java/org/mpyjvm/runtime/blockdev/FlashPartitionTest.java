package org.mpyjvm.runtime.blockdev;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.mpyjvm.runtime.Errno;
import org.mpyjvm.runtime.StorageException;

class FlashPartitionTest {
    private final NorFlash flash = NorFlash.inMemory(4096, 16, 256);

    @Test
    void blocksAreRelativeToTheWindow() throws StorageException {
        FlashPartition part = new FlashPartition(flash, 4 * 4096, 8 * 4096);
        assertEquals(8, part.blockCount());
        part.erase(0);
        part.program(0, 5, new byte[] {0x42}, 0, 1);
        assertEquals(1, flash.eraseCount(4));
        byte[] one = new byte[1];
        flash.readAt(4 * 4096 + 5, one, 0, 1);
        assertEquals(0x42, one[0]);
        assertEquals(0x42, part.view().get(5));
        assertEquals(8 * 4096, part.view().length());
    }

    @Test
    void nothingOutsideTheWindowIsReachable() throws StorageException {
        FlashPartition part = new FlashPartition(flash, 4 * 4096, 8 * 4096);
        assertEquals(Errno.EIO, assertThrows(StorageException.class, () -> part.erase(8)).errno());
        assertEquals(Errno.EIO, assertThrows(StorageException.class, () -> part.erase(-1)).errno());
        assertEquals(Errno.EIO, assertThrows(StorageException.class,
                () -> part.program(7, 4000, new byte[200], 0, 200)).errno());
        assertEquals(Errno.EIO, assertThrows(StorageException.class,
                () -> part.read(7, 4096, new byte[1], 0, 1)).errno());
        for (int s = 0; s < 16; s++) {
            assertEquals(0, flash.eraseCount(s));
        }
    }

    @Test
    void largerBlocksEraseWholeSectorsAndTrailingPartialBlockIsUnusable() throws StorageException {
        FlashPartition part = new FlashPartition(flash, 0, 5 * 4096, 8192);
        assertEquals(2, part.blockCount());
        part.erase(1);
        assertEquals(1, flash.eraseCount(2));
        assertEquals(1, flash.eraseCount(3));
        assertEquals(0, flash.eraseCount(4));
        part.writeBlocks(0, new byte[8192], 0, 8192);
        assertEquals(1, flash.eraseCount(0));
        assertEquals(1, flash.eraseCount(1));
        assertThrows(IllegalArgumentException.class, () -> new FlashPartition(flash, 100, 4096));
        assertThrows(IllegalArgumentException.class, () -> new FlashPartition(flash, 0, 4096, 1000));
        assertThrows(IllegalArgumentException.class, () -> new FlashPartition(flash, 15 * 4096, 2 * 4096));
    }
}
