package org.mpyjvm.runtime.littlefs;

import org.mpyjvm.runtime.Errno;
import org.mpyjvm.runtime.StorageException;
import org.mpyjvm.runtime.fs.FileHandle;

/**
 * An open littlefs v1 file ({@code lfs1_file_t}). Every file is a CTZ skip-list ({@link CtzList}); an empty file
 * has head 0xFFFFFFFF. Writes go through the file's own program cache into fresh blocks (a partly filled last
 * block is copied, never reprogrammed), and only sync/close rewrites the directory entry, found again by its pair
 * and offset ({@code pair} becomes null when the entry is removed while open: the data then goes nowhere, as
 * upstream). v1 really checks the open mode: reading a write-only file or writing a read-only one is EBADF.
 */
final class V1File implements FileHandle {
    private final V1Volume vol;
    private final LfsBlockIO io;
    private final int blockSize;
    private final boolean readable;
    private final boolean writable;
    private final boolean append;
    private final ProgCache cache;

    int[] pair;
    int poff;
    private int head;
    private long size;
    private long pos;
    private int block;
    private int off;
    private boolean reading;
    private boolean writing;
    private boolean dirty;
    private boolean erred;
    private boolean closed;

    V1File(V1Volume vol, int[] pair, int poff, int head, long size, boolean readable, boolean writable,
           boolean append) {
        this.vol = vol;
        this.io = vol.io;
        this.blockSize = vol.cfg.blockSize();
        this.pair = pair.clone();
        this.poff = poff;
        this.head = head;
        this.size = size;
        this.readable = readable;
        this.writable = writable;
        this.append = append;
        this.cache = new ProgCache(vol.cfg.cacheSize());
    }

    /** O_TRUNC: an empty list; only a file that had contents needs its entry rewritten. */
    void truncateOnOpen() {
        if (size != 0) {
            dirty = true;
        }
        head = -1;
        size = 0;
    }

    private void checkOpen() throws StorageException {
        if (closed) {
            throw new StorageException(Errno.EBADF, "I/O operation on closed file");
        }
    }

    @Override
    public int read(byte[] dst, int dstOff, int len) throws StorageException {
        checkOpen();
        if (!readable) {
            throw new StorageException(Errno.EBADF);
        }
        if (writing) {
            flushWrites();
        }
        if (pos >= size || len <= 0) {
            return 0;
        }
        int n = (int) Math.min(len, size - pos);
        long[] where = new long[2];
        int done = 0;
        while (done < n) {
            if (!reading || off == blockSize) {
                CtzList.find(io, null, head, size, pos, where);
                block = (int) where[0];
                off = (int) where[1];
                reading = true;
            }
            int diff = Math.min(n - done, blockSize - off);
            io.read(null, block, off, dst, dstOff + done, diff);
            pos += diff;
            off += diff;
            done += diff;
        }
        return done;
    }

    @Override
    public int write(byte[] src, int srcOff, int len) throws StorageException {
        checkOpen();
        if (!writable) {
            throw new StorageException(Errno.EBADF);
        }
        if (reading) {
            flushWrites();
        }
        if (append && pos < size) {
            pos = size;
        }
        if (pos + len > LfsConfig.FILE_MAX) {
            throw new StorageException(Errno.EFBIG);
        }
        if (!writing && pos > size) {
            // a write after seeking past the end fills the gap with zeros
            long target = pos;
            pos = size;
            byte[] zeros = new byte[(int) Math.min(4096, target - size)];
            while (pos < target) {
                writeAt(zeros, 0, (int) Math.min(zeros.length, target - pos));
            }
        }
        writeAt(src, srcOff, len);
        erred = false;
        return len;
    }

    /** lfs1_file_write's main loop: extend the list block by block, program through the file's cache. */
    private void writeAt(byte[] src, int srcOff, int len) throws StorageException {
        long[] where = new long[2];
        try {
            while (len > 0) {
                if (!writing || off == blockSize) {
                    if (!writing && pos > 0) {
                        CtzList.find(io, null, head, size, pos - 1, where);
                        block = (int) where[0];
                        off = (int) where[1];
                        cache.reset();
                    }
                    vol.allocator.checkpoint();
                    extend(block, pos);
                    writing = true;
                }
                int diff = Math.min(len, blockSize - off);
                progData(src, srcOff, diff);
                pos += diff;
                off += diff;
                srcOff += diff;
                len -= diff;
                vol.allocator.checkpoint();
            }
        } catch (StorageException e) {
            erred = true;
            throw e;
        }
    }

    private void progData(byte[] src, int srcOff, int len) throws StorageException {
        block = CtzAppend.prog(io, vol.allocator, cache, block, off, src, srcOff, len);
    }

    /** lfs1_ctz_extend: a fresh block after {@code fromHead} for a file of {@code fromSize} bytes. */
    private void extend(int fromHead, long fromSize) throws StorageException {
        int[] noff = new int[1];
        block = CtzAppend.extend(io, vol.allocator, cache, fromHead, fromSize, noff);
        off = noff[0];
    }

    /** lfs1_file_flush: copy the rest of the old contents after the write position, then program the cache. */
    private void flushWrites() throws StorageException {
        reading = false;
        if (!writing) {
            return;
        }
        long saved = pos;
        int oldHead = head;
        long oldSize = size;
        byte[] chunk = new byte[Math.max(64, vol.cfg.cacheSize())];
        while (pos < oldSize) {
            int n = (int) Math.min(chunk.length, oldSize - pos);
            CtzList.read(io, oldHead, oldSize, pos, chunk, 0, n);
            writeAt(chunk, 0, n);
        }
        block = CtzAppend.flush(io, vol.allocator, cache, block, off);
        head = block;
        size = pos;
        writing = false;
        dirty = true;
        pos = saved;
    }

    /** lfs1_file_sync: flush, then point the directory entry at the new list. */
    void sync() throws StorageException {
        flushWrites();
        if (!dirty || erred || pair == null) {
            return;
        }
        V1Dir dir = vol.reader.fetch(pair);
        V1Entry e = vol.reader.entryAt(dir, poff);
        if (!e.isReg()) {
            throw new StorageException(Errno.ECORRUPT, "open file's entry is not a file");
        }
        vol.writer.update(dir, e.withStruct(head, (int) size), null);
        dirty = false;
    }

    @Override
    public long seek(long offset, int whence) throws StorageException {
        checkOpen();
        flushWrites();
        long base = switch (whence) {
            case SEEK_SET -> 0;
            case SEEK_CUR -> pos;
            case SEEK_END -> size;
            default -> throw new StorageException(Errno.EINVAL);
        };
        long npos = base + offset;
        if (npos < 0 || npos > LfsConfig.FILE_MAX) {
            throw new StorageException(Errno.EINVAL);
        }
        pos = npos;
        return pos;
    }

    @Override
    public long tell() throws StorageException {
        checkOpen();
        return pos;
    }

    @Override
    public long size() throws StorageException {
        checkOpen();
        return writing ? Math.max(pos, size) : size;
    }

    /**
     * lfs1_file_truncate. Deviation: upstream looks up the block holding byte {@code newSize} (one past the new
     * end), which picks the wrong block when the new size ends exactly on a block; this uses the last kept byte.
     */
    @Override
    public void truncate(long newSize) throws StorageException {
        checkOpen();
        if (!writable) {
            throw new StorageException(Errno.EBADF);
        }
        if (newSize < 0 || newSize > LfsConfig.FILE_MAX) {
            throw new StorageException(Errno.EINVAL);
        }
        long oldSize = size();
        if (newSize < oldSize) {
            flushWrites();
            if (newSize == 0) {
                head = -1;
            } else {
                long[] where = new long[2];
                CtzList.find(io, null, head, size, newSize - 1, where);
                head = (int) where[0];
            }
            size = newSize;
            dirty = true;
        } else if (newSize > oldSize) {
            long saved = pos;
            if (pos != oldSize) {
                seek(0, SEEK_END);
            }
            byte[] zeros = new byte[(int) Math.min(4096, newSize - oldSize)];
            while (pos < newSize) {
                write(zeros, 0, (int) Math.min(zeros.length, newSize - pos));
            }
            seek(saved, SEEK_SET);
        }
    }

    @Override
    public void flush() throws StorageException {
        checkOpen();
        sync();
    }

    @Override
    public void close() throws StorageException {
        if (closed) {
            return;
        }
        try {
            sync();
        } finally {
            closed = true;
            vol.openFiles.remove(this);
        }
    }

    @Override
    public boolean isClosed() {
        return closed;
    }

    /** Blocks of this file no entry references yet (lfs1_traverse's open-file part). */
    void traverseInFlight(CtzList.BlockVisitor cb) throws StorageException {
        if (dirty) {
            CtzList.traverse(io, cache, head, size, cb);
        }
        if (writing) {
            CtzList.traverse(io, cache, block, pos, cb);
        }
    }
}
