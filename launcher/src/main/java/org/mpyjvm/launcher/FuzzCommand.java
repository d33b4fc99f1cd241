package org.mpyjvm.launcher;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.graalvm.polyglot.PolyglotException;
import org.mpyjvm.ports.board.Board;
import org.mpyjvm.runtime.blockdev.BlockDevice;
import org.mpyjvm.runtime.faults.Faults;
import org.mpyjvm.runtime.faults.FaultyBlockDevice;
import org.mpyjvm.runtime.faults.PowerLossMode;
import org.mpyjvm.stdlib.fuzz.FuzzTarget;

/**
 * {@code mpy fuzz SCRIPT}: power-loss fuzzing of a Python storage workload, littlefs's reentrant testing for user
 * code. The script defines {@code workload(bdev)} and {@code check(bdev)}; per seed a clean run counts the
 * workload's program/erase operations (and must pass {@code check}), then each replay runs the workload on a
 * blank medium with the power cut at write operation k (see {@link org.mpyjvm.runtime.faults.Faults}), restores
 * power and calls {@code check} on the same medium. The interpreter is started once; the script's own output is
 * kept and shown only with a failure. Progress goes to stderr, one summary line and the failures to stdout.
 */
final class FuzzCommand {
    static final String USAGE = "usage: mpy [--board B] fuzz SCRIPT [--runs N] [--seed S] "
            + "[--power-cut every|random|K] [--shard I/N]";
    static final String HELP = String.join("\n", USAGE,
            "",
            "SCRIPT defines workload(bdev) and check(bdev). bdev is a block device (readblocks/writeblocks with",
            "and without offset, ioctl 1-6) over a blank medium; a power cut unwinds workload wherever it is, then",
            "check(bdev) runs on the same medium with power restored and must not raise.",
            "The medium: module-level BLOCKS and BLOCK_SIZE (and MEDIUM = 'nor' for strict NOR flash erased to",
            "0xFF, the default, or 'ram' for a RAM disk) if the script sets them; else the board's filesystem",
            "region; else 64 blocks of 4096 bytes of NOR flash. _mpyjvm_fuzz.seed() is the run's seed.",
            "",
            "  --runs N              seeds S..S+N-1 (default 1; 100 with --power-cut random)",
            "  --seed S              first seed (default 1); a failure names its seed and cut point",
            "  --power-cut every     cut after write operation k for every k of the clean run (default)",
            "  --power-cut random    one random k per seed",
            "  --power-cut K         cut at write operation K",
            "  --shard I/N           only replays whose number modulo N is I (0 <= I < N), for parallel jobs",
            "Each cut point is replayed twice: the interrupted operation lost whole, and partly done.",
            "Exit status 1 when any replay failed.",
            "");

    /** Reads the optional module-level geometry names (a missing one is a NameError, taken as None). */
    private static final String DRIVER_DECLARE = "import _mpyjvm_fuzz\n"
            + optional("BLOCKS") + optional("BLOCK_SIZE") + optional("MEDIUM")
            + "_mpyjvm_fuzz.declare(_mpyjvm_fuzz_BLOCKS, _mpyjvm_fuzz_BLOCK_SIZE, _mpyjvm_fuzz_MEDIUM)\n";
    private static final String CALL_WORKLOAD = "import _mpyjvm_fuzz\nworkload(_mpyjvm_fuzz.device())\n";
    private static final String CALL_CHECK = "import _mpyjvm_fuzz\ncheck(_mpyjvm_fuzz.device())\n";
    private static final long PROGRESS_NANOS = 2_000_000_000L;

    private final GlobalOptions options;
    private final String scriptName;
    private final PrintStream out;
    private final StderrNotes notes;
    private final ByteArrayOutputStream captured = new ByteArrayOutputStream();
    private Interpreter interpreter;
    private String code;
    private FuzzMedium medium;
    private int cuts;
    private int replayNumber;
    private final List<String> failures = new ArrayList<>();

    private FuzzCommand(GlobalOptions options, String scriptName, PrintStream out, StderrNotes notes) {
        this.options = options;
        this.scriptName = scriptName;
        this.out = out;
        this.notes = notes;
    }

    /** Which cut points a seed gets. */
    private record Plan(String mode, long fixedCut) {
        static Plan parse(String s) throws UsageException {
            if (s.equals("every") || s.equals("random")) {
                return new Plan(s, 0);
            }
            try {
                long k = Long.parseLong(s);
                if (k >= 1) {
                    return new Plan("fixed", k);
                }
            } catch (NumberFormatException e) {
                // fall through to the usage error
            }
            throw new UsageException("--power-cut takes every, random or a write-operation number >= 1; " + USAGE);
        }
    }

    static int run(GlobalOptions options, List<String> args, PrintStream out, PrintStream err, StderrNotes notes)
            throws UsageException, CommandFailure {
        if (args.contains("--help") || args.contains("-h")) {
            out.print(HELP);
            return 0;
        }
        CommandArgs a = CommandArgs.parse(args, Set.of("--runs", "--seed", "--power-cut", "--shard"), Set.of(),
                USAGE);
        String script = a.exactly(1).get(0);
        Plan plan = Plan.parse(a.has("--power-cut") ? a.value("--power-cut") : "every");
        long runs = number(a, "--runs", plan.mode().equals("random") ? 100 : 1, 1);
        long seed = number(a, "--seed", 1, Long.MIN_VALUE);
        int[] shard = shard(a.value("--shard"));
        String code;
        try {
            code = Files.readString(Path.of(script), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CommandFailure("can't open file '" + script + "': " + e.getMessage());
        }
        Board board = BoardChoice.choose(options, code, notes);
        options.board = board.id();
        options.fresh = true; // the fuzzer never touches the persisted device
        FuzzCommand fuzz = new FuzzCommand(options, script, out, notes);
        try {
            return fuzz.sweep(board, code, plan, seed, runs, shard);
        } finally {
            FuzzTarget.reset();
            if (fuzz.interpreter != null) {
                fuzz.interpreter.close();
            }
        }
    }

    private static String optional(String name) {
        return "try:\n    _mpyjvm_fuzz_" + name + " = " + name + "\nexcept NameError:\n    _mpyjvm_fuzz_" + name
                + " = None\n";
    }

    private static long number(CommandArgs a, String option, long fallback, long min) throws UsageException {
        if (!a.has(option)) {
            return fallback;
        }
        try {
            long v = Long.parseLong(a.value(option));
            if (v >= min) {
                return v;
            }
        } catch (NumberFormatException e) {
            // fall through
        }
        throw a.misuse(option + " takes a number" + (min > 0 ? " >= " + min : ""));
    }

    private static int[] shard(String s) throws UsageException {
        if (s == null) {
            return new int[] {0, 1};
        }
        String[] parts = s.split("/");
        try {
            int i = Integer.parseInt(parts[0]);
            int n = Integer.parseInt(parts[1]);
            if (parts.length == 2 && n >= 1 && i >= 0 && i < n) {
                return new int[] {i, n};
            }
        } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
            // fall through
        }
        throw new UsageException("--shard takes I/N with 0 <= I < N; " + USAGE);
    }

    private int sweep(Board board, String code, Plan plan, long firstSeed, long runs, int[] shard)
            throws UsageException, CommandFailure {
        interpreter = new Interpreter(null, options.env(), new String[] {scriptName}, InputStream.nullInputStream(),
                captured, captured);
        this.code = code;
        if (eval(DRIVER_DECLARE) != 0) {
            throw new CommandFailure("the fuzz script failed to load:\n" + capturedTail());
        }
        medium = FuzzMedium.choose(board, FuzzTarget.declared());
        notes.note("fuzz: " + scriptName + " on " + medium.describe() + ", power cut " + plan.mode()
                + (plan.mode().equals("fixed") ? " at " + plan.fixedCut() : "") + ", seeds " + firstSeed + ".."
                + (firstSeed + runs - 1) + (shard[1] > 1 ? ", shard " + shard[0] + "/" + shard[1] : ""));
        long t0 = System.nanoTime();
        long lastProgress = t0;
        for (long r = 0; r < runs; r++) {
            long seed = firstSeed + r;
            long writes = cleanRun(seed);
            if (writes < 0) {
                continue;
            }
            for (long k : cutPoints(plan, seed, writes)) {
                for (PowerLossMode mode : PowerLossMode.values()) {
                    if (replayNumber++ % shard[1] != shard[0]) {
                        continue;
                    }
                    replay(seed, k, mode);
                    long now = System.nanoTime();
                    if (now - lastProgress > PROGRESS_NANOS) {
                        lastProgress = now;
                        notes.note(String.format("fuzz: seed %d, %d cuts, %d failures, %.1f replays/s", seed, cuts,
                                failures.size(), cuts / ((now - t0) / 1e9)));
                    }
                }
            }
        }
        double secs = Math.max(1e-9, (System.nanoTime() - t0) / 1e9);
        out.printf("fuzz: %d runs, %d cuts, %d failures, %.1f replays/s%n", runs, cuts, failures.size(),
                cuts / secs);
        return failures.isEmpty() ? 0 : 1;
    }

    private static List<Long> cutPoints(Plan plan, long seed, long writes) {
        List<Long> ks = new ArrayList<>();
        switch (plan.mode()) {
            case "every" -> {
                for (long k = 1; k <= writes; k++) {
                    ks.add(k);
                }
            }
            case "random" -> {
                if (writes > 0) {
                    ks.add(1 + new SplittableRandom(seed).nextLong(writes));
                }
            }
            default -> ks.add(plan.fixedCut());
        }
        return ks;
    }

    /** The workload and check without a cut: the number of write operations, or -1 after a failure. */
    private long cleanRun(long seed) {
        List<String> violations = new ArrayList<>();
        Faults faults = new Faults(seed);
        FaultyBlockDevice dev = faults.wrap(medium.fresh(violations));
        FuzzTarget.setRun(dev, seed);
        String problem = null;
        if (eval(CALL_WORKLOAD) != 0) {
            problem = "workload raised without a power cut";
        } else if (eval(CALL_CHECK) != 0) {
            problem = "check raised after a clean run";
        } else if (!violations.isEmpty()) {
            problem = violations.get(0);
        }
        if (problem != null) {
            fail(seed, "none", problem, "--power-cut 1");
            return -1;
        }
        return faults.writeOperations();
    }

    private void replay(long seed, long k, PowerLossMode mode) {
        cuts++;
        List<String> violations = new ArrayList<>();
        Faults faults = new Faults(seed * 1_000_003L + k).cutPowerAt(k).powerLoss(mode);
        BlockDevice dev = faults.wrap(medium.fresh(violations));
        FuzzTarget.setRun(dev, seed);
        String where = k + " (" + mode.name().toLowerCase() + ")";
        int status = eval(CALL_WORKLOAD);
        if (!faults.powerLost()) {
            fail(seed, where, status != 0 ? "workload raised before the power cut"
                    : "the workload finished before write operation " + k, "--power-cut " + k);
            return;
        }
        faults.restorePower();
        if (eval(CALL_CHECK) != 0) {
            fail(seed, where, "check raised after the power cut", "--power-cut " + k);
        } else if (!violations.isEmpty()) {
            fail(seed, where, violations.get(0), "--power-cut " + k);
        }
    }

    private void fail(long seed, String cut, String what, String cutOption) {
        String line = "FAIL seed " + seed + " cut " + cut + ": " + what;
        String tail = capturedTail();
        failures.add(line);
        out.println(line);
        if (!tail.isEmpty()) {
            out.println("  " + tail.strip().replace("\n", "\n  "));
        }
        out.println("  reproduce: mpy --board " + options.board + " fuzz " + scriptName + " --seed " + seed
                + " --runs 1 " + cutOption);
    }

    /**
     * Runs the script as {@code __main__} with one driver call appended (the script's definitions are re-made
     * each time, so no state leaks from one replay into the next); its output is kept for a failure report.
     */
    private int eval(String driver) {
        captured.reset();
        try {
            return interpreter.runMain(code + "\n" + driver, scriptName);
        } catch (PolyglotException e) {
            // a power cut (a host exception) unwinds the guest; the caller asks the fault plan whether it was
            // that, and shows this text only when it was not
            captured.writeBytes((e.getMessage() + "\n").getBytes(StandardCharsets.UTF_8));
            return 1;
        }
    }

    private String capturedTail() {
        String s = captured.toString(StandardCharsets.UTF_8);
        String[] lines = s.split("\n");
        int from = Math.max(0, lines.length - 8);
        return String.join("\n", java.util.Arrays.copyOfRange(lines, from, lines.length));
    }
}
