package org.mpyjvm.runtime.faults;

import java.util.SplittableRandom;
import org.mpyjvm.runtime.blockdev.BlockDevice;

/**
 * The one place where faults are planned: power cuts, bit flips on read, wear-out, a write budget (full media),
 * and the statistics of everything that went through. Media take part by being wrapped ({@link #wrap}); a
 * {@link FaultyBlockDevice} consults this plan on every operation. Everything random comes from one seeded
 * generator, so a run is reproducible from its seed and its sequence of operations. One {@code Faults} may serve
 * all media of a board: a power cut is board-wide and freezes every wrapped device.
 *
 * <p>Write operations (extended programs, erases, simple-protocol block writes) are numbered from 1 in the order
 * they reach any wrapped device. {@code cutPowerAt(k)} interrupts operation {@code k}: it is lost or partly done
 * ({@link PowerLossMode}), a {@link PowerCutException} is thrown and the media freeze until
 * {@link #restorePower()}.
 *
 * <p>Sweeping "cut after k for every k" (littlefs's reentrant tests):
 * <pre>
 *   Faults probe = new Faults(seed);                 // 1. a clean run counts the write operations
 *   workload(probe.wrap(freshDevice()));
 *   long n = probe.writeOperations();
 *   for (long k = 1; k &lt;= n; k++) {                  // 2. one run per cut point
 *       Faults f = new Faults(seed).cutPowerAt(k);
 *       BlockDevice dev = f.wrap(freshDevice());
 *       try { workload(dev); } catch (PowerCutException expected) { }
 *       f.restorePower();
 *       check(dev);                                  // remount: the filesystem must be consistent
 *   }
 * </pre>
 * ({@code FaultsTest#powerCutAtEveryOperation} does exactly this on a raw flash sequence.)
 */
public final class Faults {
    private final long seed;
    private final SplittableRandom random;
    private final IoCounters counters = new IoCounters();

    private long cutAt;
    private PowerLossMode powerLossMode = PowerLossMode.ATOMIC;
    private boolean powerLost;
    private long writeOperations;

    private double bitFlipProbability;
    private long wearLimit;
    private BadBlockBehavior wearOutBehavior = BadBlockBehavior.PROGERROR;
    private long writeBudget = -1;

    public Faults(long seed) {
        this.seed = seed;
        this.random = new SplittableRandom(seed);
    }

    public long seed() {
        return seed;
    }

    /** Wraps a medium so that it takes part in this plan. */
    public FaultyBlockDevice wrap(BlockDevice device) {
        return new FaultyBlockDevice(device, this);
    }

    // ---- power ----

    /** Interrupts write operation {@code k} (1-based); 0 plans no cut. */
    public Faults cutPowerAt(long k) {
        if (k < 0) {
            throw new IllegalArgumentException("negative operation number");
        }
        this.cutAt = k;
        return this;
    }

    public Faults powerLoss(PowerLossMode mode) {
        this.powerLossMode = mode;
        return this;
    }

    public PowerLossMode powerLossMode() {
        return powerLossMode;
    }

    public boolean powerLost() {
        return powerLost;
    }

    /** Power comes back: the media work again and no further cut is planned. */
    public void restorePower() {
        powerLost = false;
        cutAt = 0;
    }

    /** Write operations numbered so far (the interrupted one included). */
    public long writeOperations() {
        return writeOperations;
    }

    // ---- read disturbance, wear, capacity ----

    /** Each read call flips one random bit of the data returned (never of the stored data) with this probability. */
    public Faults bitFlipsOnRead(double probabilityPerRead) {
        if (!(probabilityPerRead >= 0 && probabilityPerRead <= 1)) {
            throw new IllegalArgumentException("probability must be within [0, 1]");
        }
        this.bitFlipProbability = probabilityPerRead;
        return this;
    }

    /** A block that has been erased {@code erases} times goes bad with {@code behavior}; 0 disables wear-out. */
    public Faults wearOutAfter(long erases, BadBlockBehavior behavior) {
        if (erases < 0) {
            throw new IllegalArgumentException("negative erase count");
        }
        this.wearLimit = erases;
        this.wearOutBehavior = behavior;
        return this;
    }

    /** The media accept this many more programmed bytes, then report ENOSPC (a full medium); -1 = unlimited. */
    public Faults writeBudget(long bytes) {
        this.writeBudget = bytes;
        return this;
    }

    public IoCounters counters() {
        return counters;
    }

    // ---- used by FaultyBlockDevice ----

    long wearLimit() {
        return wearLimit;
    }

    BadBlockBehavior wearOutBehavior() {
        return wearOutBehavior;
    }

    void checkPower() {
        if (powerLost) {
            throw new PowerCutException(0, "the medium is frozen until power is restored");
        }
    }

    /** Numbers the next write operation; true when it is the one the power cut interrupts. */
    boolean nextWriteIsCut() {
        checkPower();
        writeOperations++;
        return cutAt != 0 && writeOperations == cutAt;
    }

    PowerCutException cutPower(String what) {
        powerLost = true;
        return new PowerCutException(writeOperations, what);
    }

    /** Takes {@code len} bytes from the write budget, or reports that the medium is full. */
    boolean spendBudget(long len) {
        if (writeBudget < 0) {
            return true;
        }
        if (len > writeBudget) {
            return false;
        }
        writeBudget -= len;
        return true;
    }

    boolean flipThisRead() {
        return bitFlipProbability > 0 && random.nextDouble() < bitFlipProbability;
    }

    int nextInt(int bound) {
        return random.nextInt(bound);
    }
}
