package org.mpyjvm.runtime.littlefs;

import java.util.Arrays;
import org.mpyjvm.runtime.Errno;
import org.mpyjvm.runtime.StorageException;

/**
 * littlefs's block allocator: a bitmap of {@code 8 * lookahead_size} blocks starting at {@code start}, filled by
 * traversing every reachable block. Allocation walks the window forward; when it is used up the window moves on.
 * The checkpoint counter (reset whenever no allocation is in flight) stops the allocator from wrapping around onto
 * blocks it handed out earlier in the same operation, which would otherwise look free: then it reports ENOSPC.
 * littlefs v1 ({@code lfs1_alloc}, lookahead counted in bits) works the same way, so both versions share this.
 */
final class LfsAllocator {
    /** Visits every block the filesystem uses (v2: the metadata thread and open files; v1: lfs1_traverse). */
    interface UsedBlocks {
        void traverse(CtzList.BlockVisitor mark) throws StorageException;
    }

    private final UsedBlocks used;
    private final int blockCount;
    private final byte[] bitmap;
    private int start;
    private int size;
    private int next;
    private int ckpoint;

    LfsAllocator(UsedBlocks used, int blockCount, int lookaheadSize) {
        this.used = used;
        this.blockCount = blockCount;
        this.bitmap = new byte[lookaheadSize];
    }

    /** A fresh device: every block is free and the window starts at block 0 (what lfs_format does). */
    void startEmpty() {
        Arrays.fill(bitmap, (byte) 0);
        start = 0;
        size = Math.min(8 * bitmap.length, blockCount);
        next = 0;
        checkpoint();
    }

    /** After mount: start at a pseudo-random block so wear spreads across boots. */
    void startAt(int seed) {
        start = Integer.remainderUnsigned(seed, blockCount);
        size = 0;
        next = 0;
        checkpoint();
    }

    void checkpoint() {
        ckpoint = blockCount;
    }

    int alloc() throws StorageException {
        while (true) {
            while (next < size) {
                if (!isSet(next)) {
                    int block = (int) ((Integer.toUnsignedLong(start) + next) % blockCount);
                    while (true) {
                        next++;
                        ckpoint--;
                        if (next >= size || !isSet(next)) {
                            return block;
                        }
                    }
                }
                next++;
                ckpoint--;
            }
            if (ckpoint <= 0) {
                throw new StorageException(Errno.ENOSPC, "no free blocks");
            }
            scan();
        }
    }

    private void scan() throws StorageException {
        start = (int) ((Integer.toUnsignedLong(start) + next) % blockCount);
        next = 0;
        size = Math.min(8 * bitmap.length, ckpoint);
        Arrays.fill(bitmap, (byte) 0);
        CtzList.BlockVisitor mark = block -> {
            int off = (int) (((long) block - start + blockCount) % blockCount);
            if (off >= 0 && off < size) {
                bitmap[off / 8] |= (byte) (1 << (off % 8));
            }
        };
        used.traverse(mark);
    }

    private boolean isSet(int i) {
        return (bitmap[i / 8] & (1 << (i % 8))) != 0;
    }
}
