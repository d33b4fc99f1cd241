package org.mpyjvm.runtime.littlefs;

import org.mpyjvm.runtime.Errno;
import org.mpyjvm.runtime.StorageException;

/**
 * littlefs's CTZ skip-list for files that outgrow inline storage. Data block {@code i} begins with
 * {@code ctz(i) + 1} little-endian pointers (none for block 0); pointer {@code k} leads to block {@code i - 2^k}.
 * The file's struct names the last block (the head) and the size, so the block holding any byte is reached in
 * O(log n) hops, and appending never rewrites earlier blocks.
 */
final class CtzList {
    private CtzList() {
    }

    /** Index of the block holding byte {@code pos}; {@code offOut[0]} receives the offset inside that block. */
    static int index(int blockSize, long pos, long[] offOut) {
        long b = blockSize - 8;
        long i = pos / b;
        if (i == 0) {
            offOut[0] = pos;
            return 0;
        }
        i = (pos - 4L * (Long.bitCount(i - 1) + 2)) / b;
        offOut[0] = pos - b * i - 4L * Long.bitCount(i);
        return (int) i;
    }

    /** Finds (block, offset) of byte {@code pos} in the list ending at {@code head}; result in {@code out}. */
    static void find(LfsBlockIO io, ProgCache overlay, int head, long size, long pos, long[] out)
            throws StorageException {
        if (size == 0) {
            out[0] = MetadataPair.NULL;
            out[1] = 0;
            return;
        }
        long[] tmp = new long[1];
        int current = index(io.config().blockSize(), size - 1, tmp);
        int target = index(io.config().blockSize(), pos, tmp);
        while (current > target) {
            int skip = Math.min(npw2(current - target + 1) - 1, Integer.numberOfTrailingZeros(current));
            head = io.readLe32(overlay, head, 4 * skip);
            current -= 1 << skip;
        }
        io.checkRange(head, 0, 0);
        out[0] = head;
        out[1] = tmp[0];
    }

    /** Reads {@code n} bytes at {@code pos} of the list ending at {@code head}, one skip-list lookup per block. */
    static void read(LfsBlockIO io, int head, long size, long pos, byte[] dst, int dstOff, int n)
            throws StorageException {
        long[] where = new long[2];
        int done = 0;
        while (done < n) {
            find(io, null, head, size, pos + done, where);
            int diff = (int) Math.min(n - done, io.config().blockSize() - where[1]);
            io.read(null, (int) where[0], (int) where[1], dst, dstOff + done, diff);
            done += diff;
        }
    }

    /** Every block of the list, newest first; the index shrinks on every step, so the walk is bounded. */
    static void traverse(LfsBlockIO io, ProgCache overlay, int head, long size, BlockVisitor cb)
            throws StorageException {
        if (size <= 0) {
            return;
        }
        long[] tmp = new long[1];
        int index = index(io.config().blockSize(), size - 1, tmp);
        byte[] heads = new byte[8];
        while (true) {
            io.checkRange(head, 0, 0);
            cb.visit(head);
            if (index == 0) {
                return;
            }
            int count = 2 - (index & 1);
            io.read(overlay, head, 0, heads, 0, 4 * count);
            for (int i = 0; i < count - 1; i++) {
                int h = Le.get32(heads, 4 * i);
                io.checkRange(h, 0, 0);
                cb.visit(h);
            }
            head = Le.get32(heads, 4 * (count - 1));
            index -= count;
        }
    }

    static int npw2(int a) {
        return 32 - Integer.numberOfLeadingZeros(a - 1);
    }

    /** Receives block numbers during a traversal. */
    interface BlockVisitor {
        void visit(int block) throws StorageException;
    }

    /** A file can neither exceed file_max nor the device: anything else is a corrupt struct. */
    static void checkSize(long size, int fileMax, LfsConfig cfg) throws StorageException {
        if (size < 0 || size > fileMax || size > (long) cfg.blockSize() * cfg.blockCount()) {
            throw new StorageException(Errno.ECORRUPT, "file size out of range");
        }
    }
}
