package org.mpyjvm.runtime.littlefs;

import org.mpyjvm.runtime.Errno;
import org.mpyjvm.runtime.StorageException;

/**
 * Growing a CTZ skip-list ({@link CtzList}) through a file's program cache, the same in littlefs v1 and v2: a new
 * block starts with its skip pointers (or a copy of a partly filled last block: data blocks are never programmed
 * twice), and a block that fails (84 from erase or program, or a program that does not read back) is replaced by a
 * fresh one holding the bytes written so far. Every retry loop is bounded by the block count; the allocator's own
 * budget usually ends it earlier with ENOSPC.
 */
final class CtzAppend {
    private CtzAppend() {
    }

    /**
     * lfs_ctz_extend: a fresh block to continue a list ending at {@code fromHead} that holds {@code fromSize}
     * bytes. Returns the block; {@code offOut[0]} is where writing continues in it.
     */
    static int extend(LfsBlockIO io, LfsAllocator allocator, ProgCache cache, int fromHead, long fromSize,
                      int[] offOut) throws StorageException {
        int blockSize = io.config().blockSize();
        for (int attempt = 0; attempt <= io.config().blockCount(); attempt++) {
            int nblock = allocator.alloc();
            try {
                io.erase(nblock);
                if (fromSize == 0) {
                    offOut[0] = 0;
                    return nblock;
                }
                long[] last = new long[1];
                int index = CtzList.index(blockSize, fromSize - 1, last);
                int used = (int) last[0] + 1;
                if (used != blockSize) {
                    // the last block is partial: copy it rather than program it a second time
                    byte[] data = new byte[used];
                    io.read(null, fromHead, 0, data, 0, used);
                    io.prog(cache, true, nblock, 0, data, 0, used);
                    offOut[0] = used;
                    return nblock;
                }
                index += 1;
                int skips = Integer.numberOfTrailingZeros(index) + 1;
                int nhead = fromHead;
                byte[] word = new byte[4];
                for (int i = 0; i < skips; i++) {
                    Le.put32(word, 0, nhead);
                    io.prog(cache, true, nblock, 4 * i, word, 0, 4);
                    if (i != skips - 1) {
                        nhead = io.readLe32(null, nhead, 4 * i);
                    }
                }
                offOut[0] = 4 * skips;
                return nblock;
            } catch (StorageException e) {
                if (e.errno() != Errno.ECORRUPT) {
                    throw e;
                }
                cache.reset();
            }
        }
        throw new StorageException(Errno.ENOSPC, "no good block for file data");
    }

    /** lfs_file_relocate: {@code data} (the current block's bytes so far) into a fresh block; returns it. */
    static int relocate(LfsBlockIO io, LfsAllocator allocator, ProgCache cache, byte[] data)
            throws StorageException {
        for (int attempt = 0; attempt <= io.config().blockCount(); attempt++) {
            int nblock = allocator.alloc();
            cache.reset();
            try {
                io.erase(nblock);
                io.prog(cache, true, nblock, 0, data, 0, data.length);
                return nblock;
            } catch (StorageException e) {
                if (e.errno() != Errno.ECORRUPT) {
                    throw e;
                }
            }
        }
        throw new StorageException(Errno.ENOSPC, "no good block for file data");
    }

    /** The bytes [0, off) of {@code block} as the file sees them (its cache over the device). */
    private static byte[] prefix(LfsBlockIO io, ProgCache cache, int block, int off) throws StorageException {
        byte[] data = new byte[off];
        io.read(cache, block, 0, data, 0, off);
        return data;
    }

    /** Programs {@code len} bytes at {@code off}, relocating on failure; returns the block now written. */
    static int prog(LfsBlockIO io, LfsAllocator allocator, ProgCache cache, int block, int off, byte[] src,
                    int srcOff, int len) throws StorageException {
        for (int attempt = 0; attempt <= io.config().blockCount(); attempt++) {
            try {
                io.prog(cache, true, block, off, src, srcOff, len);
                return block;
            } catch (StorageException e) {
                if (e.errno() != Errno.ECORRUPT) {
                    throw e;
                }
                block = relocate(io, allocator, cache, prefix(io, cache, block, off));
            }
        }
        throw new StorageException(Errno.ENOSPC, "no good block for file data");
    }

    /** Programs what the cache holds (the end of a write), relocating on failure; returns the block. */
    static int flush(LfsBlockIO io, LfsAllocator allocator, ProgCache cache, int block, int off)
            throws StorageException {
        for (int attempt = 0; ; attempt++) {
            try {
                io.flush(cache, true);
                return block;
            } catch (StorageException e) {
                if (e.errno() != Errno.ECORRUPT || attempt > io.config().blockCount()) {
                    throw e;
                }
                block = relocate(io, allocator, cache, prefix(io, cache, block, off));
            }
        }
    }
}
