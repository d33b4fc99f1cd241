package org.mpyjvm.runtime.faults;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mpyjvm.runtime.Errno;
import org.mpyjvm.runtime.StorageException;
import org.mpyjvm.runtime.blockdev.BlockDevice;
import org.mpyjvm.runtime.blockdev.NorFlash;
import org.mpyjvm.runtime.blockdev.RamDisk;

class FaultsTest {
    interface Step {
        void apply(BlockDevice dev) throws StorageException;
    }

    private static byte[] pattern(int len, int seed) {
        byte[] b = new byte[len];
        for (int i = 0; i < len; i++) {
            b[i] = (byte) (seed * 31 + i * 7);
        }
        return b;
    }

    /** Seven write operations: littlefs-style erase + programs, then a two-block simple write. */
    private static final List<Step> WORKLOAD = List.of(
            d -> d.erase(0),
            d -> d.program(0, 0, pattern(100, 1), 0, 100),
            d -> d.program(0, 100, pattern(100, 2), 0, 100),
            d -> d.program(0, 256, pattern(256, 3), 0, 256),
            d -> d.erase(1),
            d -> d.writeBlocks(2, pattern(8192, 4), 0, 8192));

    private static NorFlash freshFlash() {
        return NorFlash.inMemory(4096, 4, 256);
    }

    private static void run(List<Step> steps, BlockDevice dev) throws StorageException {
        for (Step s : steps) {
            s.apply(dev);
        }
    }

    @Test
    void cleanRunCountsSevenWriteOperations() throws StorageException {
        Faults probe = new Faults(42);
        run(WORKLOAD, probe.wrap(freshFlash()));
        assertEquals(7, probe.writeOperations());
        assertEquals(7, probe.counters().writeOps());
        assertEquals(2, probe.counters().erases());
        assertEquals(3, probe.counters().programs());
        assertEquals(2, probe.counters().blockWrites());
        assertEquals(456 + 8192, probe.counters().bytesProgrammed());
    }

    @Test
    void powerCutAtEveryOperation() throws StorageException {
        Faults probe = new Faults(42);
        run(WORKLOAD, probe.wrap(freshFlash()));
        long n = probe.writeOperations();
        for (long k = 1; k <= n; k++) {
            NorFlash flash = freshFlash();
            Faults f = new Faults(42).cutPowerAt(k);
            FaultyBlockDevice dev = f.wrap(flash);
            PowerCutException cut = assertThrows(PowerCutException.class, () -> run(WORKLOAD, dev));
            assertEquals(k, cut.operation());
            assertTrue(f.powerLost());
            // Frozen: nothing reaches the medium until power returns.
            assertThrows(PowerCutException.class, () -> dev.read(0, 0, new byte[4], 0, 4));
            assertThrows(PowerCutException.class, () -> dev.erase(3));
            f.restorePower();
            dev.read(0, 0, new byte[4], 0, 4);
            // ATOMIC: the medium is exactly what the first k-1 operations made.
            assertArrayEquals(referenceUpTo(k - 1), flash.snapshot(), "cut at " + k);
        }
    }

    /** Replays whole operations of the workload on a clean chip (the simple write counts one per block). */
    private static byte[] referenceUpTo(long ops) throws StorageException {
        NorFlash flash = freshFlash();
        Faults f = new Faults(7).cutPowerAt(ops + 1);
        try {
            run(WORKLOAD, f.wrap(flash));
        } catch (PowerCutException expected) {
            // ATOMIC cut at ops+1 leaves exactly ops operations; checked independently below.
        }
        return flash.snapshot();
    }

    @Test
    void atomicReferenceAgreesWithManualReplay() throws StorageException {
        // Independent check of referenceUpTo for a cut inside the simple write: block 2 written, block 3 not.
        NorFlash manual = freshFlash();
        manual.erase(0);
        manual.program(0, 0, pattern(100, 1), 0, 100);
        manual.program(0, 100, pattern(100, 2), 0, 100);
        manual.program(0, 256, pattern(256, 3), 0, 256);
        manual.erase(1);
        manual.writeBlocks(2, pattern(8192, 4), 0, 4096);
        assertArrayEquals(manual.snapshot(), referenceUpTo(6));
        assertArrayEquals(freshFlash().snapshot(), referenceUpTo(0));
    }

    @Test
    void partialPowerLossLeavesEachByteBetweenBeforeAndAfter() throws StorageException {
        int nontrivial = 0;
        for (long k = 1; k <= 7; k++) {
            byte[] before = referenceUpTo(k - 1);
            byte[] after = referenceUpTo(k);
            NorFlash flash = freshFlash();
            Faults f = new Faults(99).cutPowerAt(k).powerLoss(PowerLossMode.PARTIAL);
            assertThrows(PowerCutException.class, () -> run(WORKLOAD, f.wrap(flash)));
            byte[] got = flash.snapshot();
            for (int i = 0; i < got.length; i++) {
                int b = got[i] & 0xFF, o = before[i] & 0xFF, a = after[i] & 0xFF;
                boolean between = (b & ~o) == 0 && (a & ~b) == 0;
                assertTrue(b == o || b == a || between, "cut " + k + " byte " + i);
            }
            if (!Arrays.equals(got, before) && !Arrays.equals(got, after)) {
                nontrivial++;
            }
            // Same seed, same partial result.
            NorFlash again = freshFlash();
            Faults g = new Faults(99).cutPowerAt(k).powerLoss(PowerLossMode.PARTIAL);
            assertThrows(PowerCutException.class, () -> run(WORKLOAD, g.wrap(again)));
            assertArrayEquals(got, again.snapshot());
        }
        assertTrue(nontrivial >= 4, "most interrupted operations should be visibly half done: " + nontrivial);
    }

    @Test
    void bitFlipsAreDeterministicFromTheSeedAndNeverStored() throws StorageException {
        byte[] stored = pattern(64, 5);
        List<byte[]> first = readsWithFlips(11, stored);
        List<byte[]> second = readsWithFlips(11, stored);
        List<byte[]> other = readsWithFlips(12, stored);
        boolean differs = false;
        for (int i = 0; i < first.size(); i++) {
            assertArrayEquals(first.get(i), second.get(i));
            differs |= !Arrays.equals(first.get(i), other.get(i));
            int flipped = 0;
            for (int j = 0; j < 64; j++) {
                flipped += Integer.bitCount((first.get(i)[j] ^ stored[j]) & 0xFF);
            }
            assertEquals(1, flipped, "probability 1: exactly one bit per read");
        }
        assertTrue(differs);
    }

    private static List<byte[]> readsWithFlips(long seed, byte[] stored) throws StorageException {
        RamDisk disk = new RamDisk(64, 2);
        disk.program(0, 0, stored, 0, 64);
        FaultyBlockDevice dev = new Faults(seed).bitFlipsOnRead(1.0).wrap(disk);
        List<byte[]> out = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            byte[] b = new byte[64];
            dev.read(0, 0, b, 0, 64);
            out.add(b);
        }
        assertArrayEquals(stored, Arrays.copyOf(disk.bytes(), 64));
        return out;
    }

    @Test
    void noFlipsAtProbabilityZero() throws StorageException {
        RamDisk disk = new RamDisk(64, 2);
        disk.program(0, 0, pattern(64, 3), 0, 64);
        FaultyBlockDevice dev = new Faults(1).wrap(disk);
        byte[] b = new byte[64];
        dev.read(0, 0, b, 0, 64);
        assertArrayEquals(pattern(64, 3), b);
        assertEquals(1, dev.faults().counters().reads());
        assertEquals(64, dev.faults().counters().bytesRead());
    }

    private static FaultyBlockDevice badFlash(BadBlockBehavior behavior) throws StorageException {
        NorFlash flash = freshFlash();
        flash.programAt(4096, pattern(16, 9), 0, 16); // block 1 holds data before it goes bad
        FaultyBlockDevice dev = new Faults(3).wrap(flash);
        dev.markBad(1, behavior);
        return dev;
    }

    private static byte[] read(BlockDevice dev, long block, int len) throws StorageException {
        byte[] b = new byte[len];
        dev.read(block, 0, b, 0, len);
        return b;
    }

    @Test
    void progErrorFailsProgramsOnly() throws StorageException {
        FaultyBlockDevice dev = badFlash(BadBlockBehavior.PROGERROR);
        assertEquals(Errno.ECORRUPT, assertThrows(StorageException.class,
                () -> dev.program(1, 100, new byte[4], 0, 4)).errno());
        assertEquals(Errno.ECORRUPT, assertThrows(StorageException.class,
                () -> dev.writeBlocks(1, new byte[4096], 0, 4096)).errno());
        dev.erase(1);
        assertArrayEquals(filled(16, 0xFF), read(dev, 1, 16));
        dev.program(0, 0, new byte[4], 0, 4); // good blocks are unaffected
    }

    @Test
    void eraseErrorFailsErasesOnly() throws StorageException {
        FaultyBlockDevice dev = badFlash(BadBlockBehavior.ERASEERROR);
        assertEquals(Errno.ECORRUPT, assertThrows(StorageException.class, () -> dev.erase(1)).errno());
        assertArrayEquals(pattern(16, 9), read(dev, 1, 16));
        dev.program(1, 100, new byte[4], 0, 4);
        assertEquals(0, read(dev, 1, 104)[100]);
    }

    @Test
    void readErrorFailsAnyReadTouchingTheBlock() throws StorageException {
        FaultyBlockDevice dev = badFlash(BadBlockBehavior.READERROR);
        assertEquals(Errno.ECORRUPT, assertThrows(StorageException.class, () -> read(dev, 1, 16)).errno());
        assertEquals(Errno.ECORRUPT, assertThrows(StorageException.class,
                () -> dev.read(0, 4090, new byte[16], 0, 16)).errno());
        read(dev, 0, 4096);
        dev.erase(1);
        dev.program(1, 0, new byte[4], 0, 4);
    }

    @Test
    void progNoopLetsProgramsVanish() throws StorageException {
        FaultyBlockDevice dev = badFlash(BadBlockBehavior.PROGNOOP);
        dev.erase(1);
        dev.program(1, 0, new byte[16], 0, 16);
        assertArrayEquals(filled(16, 0xFF), read(dev, 1, 16), "the program did not stick");
        dev.writeBlocks(1, new byte[4096], 0, 4096);
        assertArrayEquals(filled(16, 0xFF), read(dev, 1, 16), "a simple write only erased");
    }

    @Test
    void eraseNoopLetsErasesAndProgramsVanish() throws StorageException {
        FaultyBlockDevice dev = badFlash(BadBlockBehavior.ERASENOOP);
        dev.erase(1);
        assertArrayEquals(pattern(16, 9), read(dev, 1, 16), "the erase did nothing");
        dev.program(1, 100, new byte[4], 0, 4);
        assertEquals((byte) 0xFF, read(dev, 1, 104)[100]);
        dev.writeBlocks(1, new byte[4096], 0, 4096);
        assertArrayEquals(pattern(16, 9), read(dev, 1, 16));
    }

    @Test
    void blocksWearOutAfterTheConfiguredErases() throws StorageException {
        FaultyBlockDevice dev = new Faults(1).wearOutAfter(3, BadBlockBehavior.ERASEERROR).wrap(freshFlash());
        for (int i = 0; i < 3; i++) {
            dev.erase(2);
        }
        assertEquals(3, dev.wear(2));
        assertEquals(BadBlockBehavior.ERASEERROR, dev.badBehavior(2));
        assertEquals(Errno.ECORRUPT, assertThrows(StorageException.class, () -> dev.erase(2)).errno());
        assertEquals(3, dev.wear(2), "a bad block wears no further");
        dev.erase(1);
        assertEquals(null, dev.badBehavior(1));
    }

    @Test
    void writeBudgetMakesTheMediumFull() throws StorageException {
        FaultyBlockDevice dev = new Faults(1).writeBudget(300).wrap(new RamDisk(256, 8));
        dev.program(0, 0, new byte[256], 0, 256);
        assertEquals(Errno.ENOSPC, assertThrows(StorageException.class,
                () -> dev.program(1, 0, new byte[100], 0, 100)).errno());
        dev.program(1, 0, new byte[44], 0, 44);
        assertEquals(Errno.ENOSPC, assertThrows(StorageException.class,
                () -> dev.writeBlocks(2, new byte[256], 0, 256)).errno());
    }

    @Test
    void programsSpanningBlocksAreSplitPerBlock() throws StorageException {
        Faults f = new Faults(1);
        FaultyBlockDevice dev = f.wrap(new RamDisk(256, 8));
        dev.program(0, 200, new byte[400], 0, 400);
        assertEquals(3, f.counters().programs());
        assertFalse(f.powerLost());
        assertNotEquals(0, f.writeOperations());
    }

    private static byte[] filled(int len, int value) {
        byte[] b = new byte[len];
        Arrays.fill(b, (byte) value);
        return b;
    }
}
