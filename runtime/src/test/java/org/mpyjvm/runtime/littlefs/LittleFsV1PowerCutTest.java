package org.mpyjvm.runtime.littlefs;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.mpyjvm.runtime.blockdev.BlockDevice;
import org.mpyjvm.runtime.blockdev.HeapStore;
import org.mpyjvm.runtime.blockdev.NorFlash;
import org.mpyjvm.runtime.blockdev.NorProgramMode;
import org.mpyjvm.runtime.blockdev.NorViolation;
import org.mpyjvm.runtime.faults.Faults;
import org.mpyjvm.runtime.faults.FaultyBlockDevice;
import org.mpyjvm.runtime.faults.PowerCutException;
import org.mpyjvm.runtime.faults.PowerLossMode;
import org.mpyjvm.runtime.fs.FileHandle;
import org.mpyjvm.runtime.fs.OpenMode;
import org.mpyjvm.runtime.littlefs.LittleFsPowerCutTest.Op;
import org.mpyjvm.runtime.littlefs.LittleFsPowerCutTest.Tree;

/**
 * VfsLfs1 under power loss, in the shape of {@link LittleFsPowerCutTest} (same operation generator and model):
 * for sequences of 32 mixed operations (writes, appends, renames between directories, removes, mkdir, rmdir), cut
 * power after program/erase number k for every k and every power-loss mode, on a strict {@link NorFlash}; then
 * remount and require the tree before or after the interrupted operation (closed files intact), no block used
 * twice once the first write has run deorphan, and a working filesystem. {@code -Dlfs1.powercut.sequences=N}.
 */
class LittleFsV1PowerCutTest {
    private static final int BLOCK_SIZE = 512;
    private static final int BLOCK_COUNT = 128;

    private static LittleFsFilesystem.Options options() {
        return LittleFsFilesystem.Options.defaults();
    }

    private static NorFlash strictNor(byte[] image, List<NorViolation> violations) {
        NorFlash chip = new NorFlash(new HeapStore(image.clone()), BLOCK_SIZE, BLOCK_COUNT, 256);
        chip.setMode(NorProgramMode.STRICT);
        chip.setViolationListener(violations::add);
        return chip;
    }

    static Tree readTree(LittleFsV1 fs) throws Exception {
        Tree t = new Tree(new TreeMap<>(), new TreeSet<>());
        LittleFsV1ModelTest.walk(fs, "", t.files(), t.dirs());
        return t;
    }

    private record Outcome(int cuts, List<String> failures, int maxContinued) {
    }

    private static int continuedBlocks(LittleFsV1 fs) throws Exception {
        int[] n = {0};
        fs.volume().reader.walkThread(d -> {
            if (d.continued()) {
                n[0]++;
            }
            return false;
        });
        return n[0];
    }

    /** Padding for every name: about four entries fill a 512-byte metadata block. */
    private static final String LONG = "-a-name-long-enough-to-fill-metadata-blocks".repeat(2) + "-0123456789abcdef";

    private static String lengthen(String path) {
        return path == null ? null : path.replaceAll("/([^/]+)", "/$1" + LONG);
    }

    private static Tree lengthen(Tree t) {
        Tree out = new Tree(new TreeMap<>(), new TreeSet<>());
        t.files().forEach((k, v) -> out.files().put(lengthen(k), v));
        t.dirs().forEach(d -> out.dirs().add(lengthen(d)));
        return out;
    }

    private static Outcome runSequence(long seed, PowerLossMode[] modes, boolean longNames) throws Exception {
        List<Tree> states = new ArrayList<>();
        List<Op> ops = LittleFsPowerCutTest.generate(seed, 32, states);
        if (longNames) {
            states.replaceAll(LittleFsV1PowerCutTest::lengthen);
            ops.replaceAll(op -> new Op(op.kind(), lengthen(op.a()), lengthen(op.b()), op.data()));
        }
        List<NorViolation> violations = new ArrayList<>();
        byte[] erased = new byte[BLOCK_SIZE * BLOCK_COUNT];
        Arrays.fill(erased, NorFlash.ERASED);
        NorFlash base = strictNor(erased, violations);
        LittleFsV1.mkfs(base, options());
        byte[] baseImage = base.snapshot();

        Faults probe = new Faults(seed);
        LittleFsV1 dry = new LittleFsV1(probe.wrap(strictNor(baseImage, violations)), options());
        int maxContinued = 0;
        for (Op op : ops) {
            LittleFsPowerCutTest.apply(dry, op);
            maxContinued = Math.max(maxContinued, continuedBlocks(dry));
        }
        assertTrue(states.get(states.size() - 1).sameAs(readTree(dry)), "dry run ends in the model state");
        assertTrue(violations.isEmpty(), "strict NOR violations in the dry run: " + violations);
        long total = probe.writeOperations();

        List<String> failures = new ArrayList<>();
        int cuts = 0;
        for (long k = 1; k <= total; k++) {
            for (PowerLossMode mode : modes) {
                cuts++;
                violations.clear();
                Faults faults = new Faults(seed * 1_000_003L + k).cutPowerAt(k).powerLoss(mode);
                FaultyBlockDevice dev = faults.wrap(strictNor(baseImage, violations));
                LittleFsV1 fs = new LittleFsV1(dev, options());
                int i = 0;
                try {
                    for (; i < ops.size(); i++) {
                        LittleFsPowerCutTest.apply(fs, ops.get(i));
                    }
                    failures.add("seed " + seed + " k " + k + ": no power cut happened");
                    continue;
                } catch (PowerCutException expected) {
                    // power lost during ops[i]
                }
                faults.restorePower();
                String where = "seed " + seed + " k " + k + " " + mode + " during op " + i + " " + ops.get(i);
                try {
                    verify(dev, states.get(i), states.get(i + 1), ops.get(i));
                    if (!violations.isEmpty()) {
                        throw new AssertionError("strict NOR violation: " + violations.get(0).describe());
                    }
                } catch (Throwable e) {
                    failures.add(where + ": " + e);
                }
            }
        }
        return new Outcome(cuts, failures, maxContinued);
    }

    private static void verify(BlockDevice disk, Tree before, Tree after, Op op) throws Exception {
        LittleFsV1 fs = new LittleFsV1(disk, options());
        Tree now = readTree(fs);
        boolean ok = now.sameAs(before) || now.sameAs(after);
        if (!ok && op.kind() == LittleFsPowerCutTest.Kind.WRITE && !before.files().containsKey(op.a())) {
            // v1 creates the (empty) entry at open and fills it at close
            Tree created = before.copy();
            created.files().put(op.a(), new byte[0]);
            ok = now.sameAs(created);
        }
        if (!ok) {
            throw new AssertionError("tree " + now + " is neither " + before + " nor " + after);
        }
        // the first write runs deorphan: half-done renames and removes are finished there
        byte[] probe = new byte[300];
        Arrays.fill(probe, (byte) 0x5A);
        FileHandle f = fs.open("/zz", OpenMode.parse("w"));
        f.write(probe, 0, probe.length);
        f.close();
        LittleFsV1 again = new LittleFsV1(disk, options());
        Tree later = readTree(again);
        if (!Arrays.equals(probe, later.files().remove("/zz")) || !later.sameAs(now)) {
            throw new AssertionError("write after remount lost: " + later);
        }
        Set<Integer> seen = new HashSet<>();
        again.volume().reader.traverse(b -> {
            if (!seen.add(b)) {
                throw new AssertionError("block " + b + " is used twice");
            }
        });
    }

    @Test
    void everyPowerCutLeavesAConsistentFilesystem() throws Exception {
        sweep("short names", Integer.getInteger("lfs1.powercut.sequences", 4), 3000, false);
    }

    /** Long names make directories span chained pairs: appends that open a new block, removes that drop one. */
    @Test
    void everyPowerCutWithChainedDirectoriesLeavesAConsistentFilesystem() throws Exception {
        sweep("long names", Integer.getInteger("lfs1.powercut.long.sequences", 3), 7000, true);
    }

    private static void sweep(String label, int sequences, long firstSeed, boolean longNames) throws Exception {
        PowerLossMode[] modes = PowerLossMode.values();
        long t0 = System.nanoTime();
        int cuts = 0;
        List<String> failures = new ArrayList<>();
        int chained = 0;
        for (int s = 0; s < sequences; s++) {
            Outcome o = runSequence(firstSeed + s, modes, longNames);
            cuts += o.cuts();
            failures.addAll(o.failures());
            chained = Math.max(chained, o.maxContinued());
        }
        if (longNames && sequences > 0) {
            assertTrue(chained > 0, "no sequence made a directory span two pairs");
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        System.out.printf("littlefs v1 power-cut sweep (%s): %d sequences, %d cut points, %d failures, %.1f s, "
                + "%.0f replays/s%n", label, sequences, cuts, failures.size(), secs, cuts / secs);
        assertTrue(failures.isEmpty(), failures.size() + " failures, first: "
                + failures.subList(0, Math.min(5, failures.size())));
    }
}
