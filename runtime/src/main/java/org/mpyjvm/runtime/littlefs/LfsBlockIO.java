package org.mpyjvm.runtime.littlefs;

import org.mpyjvm.runtime.Errno;
import org.mpyjvm.runtime.StorageException;
import org.mpyjvm.runtime.blockdev.BlockDevice;

/**
 * Block-device access through littlefs's caches: one read cache, and program caches (the filesystem's own for
 * metadata, one per open file for data). Reads are read-size aligned, programs whole prog units within one block.
 *
 * <p>Every access is bounds-checked: a block number or offset outside the device is {@code LFS_ERR_CORRUPT} (84),
 * which is what a corrupt pointer read from disk turns into. An {@code EIO} from the device during erase or
 * program also becomes 84, the signal littlefs's writers use to relocate away from a bad block.
 */
final class LfsBlockIO {
    private final BlockDevice dev;
    private final LfsConfig cfg;
    private final byte[] rbuf;
    private int rblock = ProgCache.NONE;
    private int roff;
    private int rsize;

    LfsBlockIO(BlockDevice dev, LfsConfig cfg) {
        this.dev = dev;
        this.cfg = cfg;
        this.rbuf = new byte[cfg.cacheSize()];
    }

    LfsConfig config() {
        return cfg;
    }

    BlockDevice device() {
        return dev;
    }

    void checkRange(int block, int off, int len) throws StorageException {
        if (block < 0 || block >= cfg.blockCount() || off < 0 || len < 0 || (long) off + len > cfg.blockSize()) {
            throw new StorageException(Errno.ECORRUPT, "block " + Integer.toUnsignedString(block) + " offset " + off
                    + " out of range");
        }
    }

    void dropRead() {
        rblock = ProgCache.NONE;
    }

    /** Reads {@code len} bytes, seeing the not-yet-programmed bytes of {@code overlay} (may be null). */
    void read(ProgCache overlay, int block, int off, byte[] dst, int dstOff, int len) throws StorageException {
        checkRange(block, off, len);
        while (len > 0) {
            int diff = len;
            if (overlay != null && overlay.block == block && off < overlay.off + overlay.size) {
                if (off >= overlay.off) {
                    diff = Math.min(diff, overlay.size - (off - overlay.off));
                    System.arraycopy(overlay.buffer, off - overlay.off, dst, dstOff, diff);
                    off += diff;
                    dstOff += diff;
                    len -= diff;
                    continue;
                }
                diff = Math.min(diff, overlay.off - off);
            }
            if (block == rblock && off < roff + rsize) {
                if (off >= roff) {
                    diff = Math.min(diff, rsize - (off - roff));
                    System.arraycopy(rbuf, off - roff, dst, dstOff, diff);
                    off += diff;
                    dstOff += diff;
                    len -= diff;
                    continue;
                }
                diff = Math.min(diff, roff - off);
            }
            int rs = cfg.readSize();
            if (off % rs == 0 && diff >= cfg.cacheSize()) {
                // large aligned reads bypass the cache
                int n = diff - diff % rs;
                dev.read(block, off, dst, dstOff, n);
                off += n;
                dstOff += n;
                len -= n;
                continue;
            }
            rblock = ProgCache.NONE;
            roff = off - off % rs;
            rsize = Math.min(cfg.cacheSize(), cfg.blockSize() - roff);
            dev.read(block, roff, rbuf, 0, rsize);
            rblock = block;
        }
    }

    /** A whole block in one read (metadata fetch). */
    byte[] readBlock(int block) throws StorageException {
        checkRange(block, 0, cfg.blockSize());
        byte[] out = new byte[cfg.blockSize()];
        read(null, block, 0, out, 0, out.length);
        return out;
    }

    int readLe32(ProgCache overlay, int block, int off) throws StorageException {
        byte[] b = new byte[4];
        read(overlay, block, off, b, 0, 4);
        return Le.get32(b, 0);
    }

    void erase(int block) throws StorageException {
        checkRange(block, 0, 0);
        if (rblock == block) {
            rblock = ProgCache.NONE;
        }
        try {
            dev.erase(block);
        } catch (StorageException e) {
            throw badBlock(e, block);
        }
    }

    /** Queues bytes for programming; flushes the cache when it fills up. */
    void prog(ProgCache pc, boolean validate, int block, int off, byte[] src, int srcOff, int len)
            throws StorageException {
        checkRange(block, off, len);
        int cacheSize = cfg.cacheSize();
        while (len > 0) {
            if (pc.block == block && off >= pc.off && off < pc.off + cacheSize) {
                int diff = Math.min(len, cacheSize - (off - pc.off));
                System.arraycopy(src, srcOff, pc.buffer, off - pc.off, diff);
                off += diff;
                srcOff += diff;
                len -= diff;
                pc.size = Math.max(pc.size, off - pc.off);
                if (pc.size == cacheSize) {
                    flush(pc, validate);
                }
                continue;
            }
            if (pc.block != ProgCache.NONE) {
                flush(pc, validate);
            }
            pc.block = block;
            pc.off = off - off % cfg.progSize();
            pc.size = 0;
        }
    }

    /** Programs what the cache holds, padded to whole prog units with the cache's 0xFF fill. */
    void flush(ProgCache pc, boolean validate) throws StorageException {
        if (pc.block == ProgCache.NONE) {
            return;
        }
        int block = pc.block;
        int n = alignUp(pc.size, cfg.progSize());
        if (rblock == block) {
            rblock = ProgCache.NONE;
        }
        // on failure the cache keeps its bytes: relocating to a good block copies them from there
        try {
            dev.program(block, pc.off, pc.buffer, 0, n);
        } catch (StorageException e) {
            throw badBlock(e, block);
        }
        if (validate) {
            // littlefs compares through its read cache, so the device only ever sees read_size-aligned reads
            // (read_size may be larger than prog_size)
            byte[] check = new byte[n];
            rblock = ProgCache.NONE;
            try {
                read(null, block, pc.off, check, 0, n);
            } catch (StorageException e) {
                rblock = ProgCache.NONE;
                throw badBlock(e, block);
            }
            for (int i = 0; i < n; i++) {
                if (check[i] != pc.buffer[i]) {
                    throw new StorageException(Errno.ECORRUPT, "program did not stick in block " + block);
                }
            }
        }
        pc.reset();
    }

    /** A read that verifies what was just written: a device error there marks the block bad (84). */
    void readBack(int block, int off, byte[] dst, int dstOff, int len) throws StorageException {
        try {
            read(null, block, off, dst, dstOff, len);
        } catch (StorageException e) {
            dropRead();
            throw badBlock(e, block);
        }
    }

    void sync(ProgCache pc) throws StorageException {
        rblock = ProgCache.NONE;
        flush(pc, false);
        dev.sync();
    }

    private static StorageException badBlock(StorageException e, int block) {
        if (e.errno() == Errno.EIO) {
            return new StorageException(Errno.ECORRUPT, "bad block " + block);
        }
        return e;
    }

    static int alignUp(int v, int a) {
        return (v + a - 1) / a * a;
    }
}
