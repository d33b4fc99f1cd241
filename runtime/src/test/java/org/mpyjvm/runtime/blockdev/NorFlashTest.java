package org.mpyjvm.runtime.blockdev;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mpyjvm.runtime.Errno;
import org.mpyjvm.runtime.StorageException;

class NorFlashTest {
    private final NorFlash flash = NorFlash.inMemory(4096, 4, 256);

    private static byte[] filled(int len, int value) {
        byte[] b = new byte[len];
        Arrays.fill(b, (byte) value);
        return b;
    }

    private byte[] readBack(long address, int len) throws StorageException {
        byte[] b = new byte[len];
        flash.readAt(address, b, 0, len);
        return b;
    }

    @Test
    void startsErasedAndEraseRestoresOnesAndCounts() throws StorageException {
        assertArrayEquals(filled(4096, 0xFF), readBack(0, 4096));
        flash.programAt(4096 + 10, filled(20, 0x00), 0, 20);
        flash.erase(1);
        flash.erase(1);
        assertArrayEquals(filled(4096, 0xFF), readBack(4096, 4096));
        assertEquals(2, flash.eraseCount(1));
        assertEquals(0, flash.eraseCount(0));
        assertEquals(2, flash.sectorErases());
    }

    @Test
    void programmingOnlyClearsBitsAndMayRepeatWhileClearing() throws StorageException {
        flash.programAt(5, new byte[] {(byte) 0xF0}, 0, 1);
        flash.programAt(5, new byte[] {(byte) 0x30}, 0, 1); // clears more bits: legal
        assertEquals(0x30, readBack(5, 1)[0] & 0xFF);
        // Asking for 0xFF over 0x30 asks for 0->1 transitions: strict mode refuses, a real part ignores them.
        assertThrows(StorageException.class, () -> flash.programAt(5, new byte[] {(byte) 0xFF}, 0, 1));
        flash.setMode(NorProgramMode.AND);
        flash.programAt(5, new byte[] {(byte) 0xFF}, 0, 1);
        assertEquals(0x30, readBack(5, 1)[0] & 0xFF);
    }

    @Test
    void strictModeRefusesZeroToOneAndReportsSectorOffsetOldAndNew() throws StorageException {
        List<NorViolation> seen = new ArrayList<>();
        flash.setViolationListener(seen::add);
        flash.programAt(2 * 4096 + 0x123, new byte[] {0x0F}, 0, 1);
        byte[] attempt = {(byte) 0x00, (byte) 0xF0};
        StorageException e = assertThrows(StorageException.class,
                () -> flash.programAt(2 * 4096 + 0x122, attempt, 0, 2));
        assertEquals(Errno.EIO, e.errno());
        assertEquals(1, seen.size());
        NorViolation v = seen.get(0);
        assertEquals(2, v.sector());
        assertEquals(0x123, v.offset());
        assertEquals(2 * 4096 + 0x123, v.address());
        assertEquals(0x0F, v.oldByte());
        assertEquals(0xF0, v.newByte());
        assertTrue(v.describe().contains("sector 2 offset 0x123"), v.describe());
        assertTrue(v.describe().contains("old 0x0f new 0xf0"), v.describe());
        assertEquals(v, flash.lastViolation());
        // The refused command changed nothing, not even its legal first byte.
        assertEquals((byte) 0xFF, readBack(2 * 4096 + 0x122, 1)[0]);
        assertEquals(0x0F, readBack(2 * 4096 + 0x123, 1)[0]);
    }

    @Test
    void andModeStoresOldAndNewSilently() throws StorageException {
        flash.setMode(NorProgramMode.AND);
        flash.programAt(7, new byte[] {0x0F}, 0, 1);
        flash.programAt(7, new byte[] {(byte) 0xF3}, 0, 1);
        assertEquals(0x03, readBack(7, 1)[0]);
        assertNull(flash.lastViolation());
    }

    @Test
    void programsAreSplitAtPageBoundaries() throws StorageException {
        flash.programAt(200, filled(300, 0x55), 0, 300); // pages [200,256) and [256,500)
        assertEquals(2, flash.pagePrograms());
        flash.programAt(512, filled(256, 0x55), 0, 256); // exactly one page
        assertEquals(3, flash.pagePrograms());
        StorageException e = assertThrows(StorageException.class,
                () -> flash.programPage(250, filled(10, 0), 0, 10));
        assertEquals(Errno.EINVAL, e.errno());
        assertEquals(556, flash.bytesProgrammed());
    }

    @Test
    void simpleWriteErasesEveryTouchedSectorAndExtendedProgramDoesNot() throws StorageException {
        flash.writeBlocks(1, filled(8192, 0x00), 0, 8192);
        byte[] second = filled(8192, 0xA5);
        flash.writeBlocks(1, second, 0, 8192); // rewriting over zeros works: it erases first
        assertArrayEquals(second, readBack(4096, 8192));
        assertEquals(2, flash.eraseCount(1));
        assertEquals(2, flash.eraseCount(2));
        StorageException e = assertThrows(StorageException.class,
                () -> flash.program(1, 0, filled(16, 0xFF), 0, 16));
        assertEquals(Errno.EIO, e.errno());
        assertEquals(2, flash.eraseCount(1));
        assertEquals(Errno.EINVAL, assertThrows(StorageException.class,
                () -> flash.writeBlocks(0, new byte[100], 0, 100)).errno());
    }

    @Test
    void accessOutsideTheChipIsEio() {
        assertEquals(Errno.EIO, assertThrows(StorageException.class,
                () -> flash.read(4, 0, new byte[1], 0, 1)).errno());
        assertEquals(Errno.EIO, assertThrows(StorageException.class,
                () -> flash.read(3, 4000, new byte[200], 0, 200)).errno());
        assertEquals(Errno.EIO, assertThrows(StorageException.class, () -> flash.erase(-1)).errno());
    }

    @Test
    void timingModelAddsUpWithoutSleeping() throws StorageException {
        flash.setTiming(new NorTiming(1000, 50_000, 2));
        flash.erase(0);
        flash.programAt(0, filled(512, 0), 0, 512);
        flash.readAt(0, new byte[100], 0, 100);
        assertEquals(50_000 + 2 * 1000 + 200, flash.simulatedNanos());
    }

    @Test
    void viewIsLiveReadOnlyAndSliceable() throws StorageException {
        ByteRegion view = flash.view();
        assertEquals(4 * 4096, view.length());
        assertTrue(view.isReadOnly());
        flash.programAt(4096 + 3, new byte[] {0x12}, 0, 1);
        assertEquals(0x12, view.get(4096 + 3));
        ByteRegion part = flash.view(4096, 4096);
        assertEquals(0x12, part.get(3));
        assertEquals(0x12, part.asByteBuffer().get(3));
        assertTrue(part.asByteBuffer().isReadOnly());
        assertThrows(IndexOutOfBoundsException.class, () -> part.get(4096));
        long readsBefore = flash.bytesRead();
        view.get(0);
        assertEquals(readsBefore, flash.bytesRead(), "XIP reads are not flash read commands");
    }
}
