package org.mpyjvm.runtime.faults;

import java.util.HashMap;
import java.util.Map;
import org.mpyjvm.runtime.Errno;
import org.mpyjvm.runtime.StorageException;
import org.mpyjvm.runtime.blockdev.BlockDevice;

/**
 * A medium seen through a {@link Faults} plan: the decorator every simulated medium is routed through. It counts
 * each operation, numbers write operations for power cuts, flips bits of data read, tracks wear per block and
 * makes bad blocks misbehave as littlefs's emulated block device does. Multi-block operations are split per
 * block so a power cut or a bad block affects exactly the block it hits.
 */
public final class FaultyBlockDevice implements BlockDevice {
    private final BlockDevice inner;
    private final Faults faults;
    private final Map<Long, BadBlockBehavior> marked = new HashMap<>();
    private final Map<Long, Long> wear = new HashMap<>();

    FaultyBlockDevice(BlockDevice inner, Faults faults) {
        this.inner = inner;
        this.faults = faults;
    }

    public BlockDevice inner() {
        return inner;
    }

    public Faults faults() {
        return faults;
    }

    /** Makes {@code block} bad from now on. */
    public void markBad(long block, BadBlockBehavior behavior) {
        marked.put(block, behavior);
    }

    public void markGood(long block) {
        marked.remove(block);
        wear.remove(block);
    }

    /** Erases seen by this decorator on {@code block}. */
    public long wear(long block) {
        return wear.getOrDefault(block, 0L);
    }

    /** How {@code block} misbehaves now, or null when it is good. */
    public BadBlockBehavior badBehavior(long block) {
        BadBlockBehavior b = marked.get(block);
        if (b != null) {
            return b;
        }
        long limit = faults.wearLimit();
        return limit > 0 && wear(block) >= limit ? faults.wearOutBehavior() : null;
    }

    private static StorageException corrupt(String what, long block) {
        return new StorageException(Errno.ECORRUPT, what + " failed on bad block " + block);
    }

    private void addWear(long block) {
        wear.merge(block, 1L, Long::sum);
    }

    @Override
    public int blockSize() throws StorageException {
        return inner.blockSize();
    }

    @Override
    public long blockCount() throws StorageException {
        return inner.blockCount();
    }

    @Override
    public boolean supportsExtended() {
        return inner.supportsExtended();
    }

    @Override
    public boolean isWritable() {
        return inner.isWritable();
    }

    @Override
    public void init(int arg) throws StorageException {
        faults.checkPower();
        inner.init(arg);
    }

    @Override
    public void deinit() throws StorageException {
        faults.checkPower();
        inner.deinit();
    }

    @Override
    public void sync() throws StorageException {
        faults.checkPower();
        inner.sync();
    }

    @Override
    public void read(long block, int offset, byte[] dst, int dstOff, int len) throws StorageException {
        faults.checkPower();
        if (len > 0 && block >= 0 && offset >= 0) {
            int bs = inner.blockSize();
            long first = block + offset / bs;
            long last = block + (offset + (long) len - 1) / bs;
            for (long b = first; b <= last; b++) {
                if (badBehavior(b) == BadBlockBehavior.READERROR) {
                    throw corrupt("read", b);
                }
            }
        }
        inner.read(block, offset, dst, dstOff, len);
        faults.counters().reads++;
        faults.counters().bytesRead += len;
        if (len > 0 && faults.flipThisRead()) {
            int bit = faults.nextInt(len * 8);
            dst[dstOff + bit / 8] ^= (byte) (1 << (bit % 8));
        }
    }

    @Override
    public void program(long block, int offset, byte[] src, int srcOff, int len) throws StorageException {
        int bs = inner.blockSize();
        // Split at block boundaries so each piece is one operation on one block.
        while (len > 0) {
            long b = block + offset / bs;
            int inBlock = offset % bs;
            int n = Math.min(len, bs - inBlock);
            programOne(b, inBlock, src, srcOff, n);
            block = b;
            offset = inBlock + n;
            srcOff += n;
            len -= n;
        }
    }

    private void programOne(long block, int offset, byte[] src, int srcOff, int len) throws StorageException {
        if (faults.nextWriteIsCut()) {
            if (faults.powerLossMode() == PowerLossMode.PARTIAL) {
                programPartially(block, offset, src, srcOff, len);
            }
            throw faults.cutPower("program of block " + block + " at " + offset + ", " + len + " bytes");
        }
        BadBlockBehavior bad = badBehavior(block);
        if (bad == BadBlockBehavior.PROGERROR) {
            throw corrupt("program", block);
        }
        if (bad == BadBlockBehavior.PROGNOOP || bad == BadBlockBehavior.ERASENOOP) {
            return;
        }
        if (!faults.spendBudget(len)) {
            throw new StorageException(Errno.ENOSPC, "the medium is full");
        }
        inner.program(block, offset, src, srcOff, len);
        faults.counters().programs++;
        faults.counters().bytesProgrammed += len;
    }

    /** Bytes before a random cut point land, the byte at it loses only some of its cleared bits, the rest stay. */
    private void programPartially(long block, int offset, byte[] src, int srcOff, int len) {
        try {
            byte[] old = new byte[len];
            inner.read(block, offset, old, 0, len);
            byte[] partial = old.clone();
            int cut = faults.nextInt(len);
            System.arraycopy(src, srcOff, partial, 0, cut);
            int keepSet = faults.nextInt(256);
            partial[cut] = (byte) (old[cut] & (src[srcOff + cut] | keepSet));
            inner.program(block, offset, partial, 0, len);
        } catch (StorageException e) {
            // The medium refused even the partial bytes (e.g. a strict-flash violation): nothing landed.
        }
    }

    @Override
    public void erase(long block) throws StorageException {
        if (faults.nextWriteIsCut()) {
            if (faults.powerLossMode() == PowerLossMode.PARTIAL) {
                erasePartially(block);
            }
            throw faults.cutPower("erase of block " + block);
        }
        BadBlockBehavior bad = badBehavior(block);
        if (bad == BadBlockBehavior.ERASEERROR) {
            throw corrupt("erase", block);
        }
        if (bad == BadBlockBehavior.ERASENOOP) {
            return;
        }
        if (bad == null) {
            addWear(block);
        }
        inner.erase(block);
        faults.counters().erases++;
    }

    /** A prefix of the block is reset to the erase value, the rest keeps its old bytes. */
    private void erasePartially(long block) {
        try {
            int bs = inner.blockSize();
            byte[] old = new byte[bs];
            inner.read(block, 0, old, 0, bs);
            int cut = faults.nextInt(bs);
            inner.erase(block);
            byte[] mixed = new byte[bs];
            inner.read(block, 0, mixed, 0, bs);
            System.arraycopy(old, cut, mixed, cut, bs - cut);
            inner.program(block, 0, mixed, 0, bs);
        } catch (StorageException e) {
            // An erase that could not even start leaves the block as it was.
        }
    }

    @Override
    public void writeBlocks(long block, byte[] src, int srcOff, int len) throws StorageException {
        int bs = inner.blockSize();
        if (len % bs != 0) {
            throw new StorageException(Errno.EINVAL, "simple write of " + len + " bytes is not whole blocks");
        }
        for (int done = 0; done < len; done += bs) {
            writeOneBlock(block + done / bs, src, srcOff + done, bs);
        }
    }

    private void writeOneBlock(long block, byte[] src, int srcOff, int bs) throws StorageException {
        if (faults.nextWriteIsCut()) {
            if (faults.powerLossMode() == PowerLossMode.PARTIAL) {
                writePartially(block, src, srcOff, bs);
            }
            throw faults.cutPower("write of block " + block);
        }
        BadBlockBehavior bad = badBehavior(block);
        if (bad == BadBlockBehavior.ERASEERROR || bad == BadBlockBehavior.PROGERROR) {
            throw corrupt("write", block);
        }
        if (bad == BadBlockBehavior.ERASENOOP) {
            return;
        }
        if (bad == BadBlockBehavior.PROGNOOP) {
            inner.erase(block); // the erase part of the write works, the data does not stick
            return;
        }
        if (!faults.spendBudget(bs)) {
            throw new StorageException(Errno.ENOSPC, "the medium is full");
        }
        if (bad == null) {
            addWear(block);
        }
        inner.writeBlocks(block, src, srcOff, bs);
        faults.counters().blockWrites++;
        faults.counters().bytesProgrammed += bs;
    }

    /** The new data lands on a prefix of the block; the rest reverts to the old bytes. */
    private void writePartially(long block, byte[] src, int srcOff, int bs) {
        try {
            byte[] mixed = new byte[bs];
            inner.read(block, 0, mixed, 0, bs);
            int cut = faults.nextInt(bs);
            System.arraycopy(src, srcOff, mixed, 0, cut);
            inner.writeBlocks(block, mixed, 0, bs);
        } catch (StorageException e) {
            // Nothing landed.
        }
    }

    @Override
    public String toString() {
        return "Faulty(" + inner + ")";
    }
}
