package org.mpyjvm.runtime.littlefs;

import java.util.Arrays;
import java.util.List;
import org.mpyjvm.runtime.Errno;
import org.mpyjvm.runtime.StorageException;

/**
 * An open littlefs file ({@code lfs_file_t}). Small files stay inline in their directory entry; once a write would
 * take them past {@code inline_max} they move to a CTZ list. Writes go through the file's own program cache into
 * fresh blocks (littlefs never reprograms a data block), and only {@link #sync} makes them visible, with one
 * metadata commit that also stores the user attribute (MicroPython's mtime).
 */
public final class LfsFile {
    /** Open flags (lfs_open_flags). */
    public record Flags(boolean read, boolean write, boolean create, boolean exclusive, boolean truncate,
                        boolean append) {
    }

    static final int INLINE_BLOCK = -2;

    private final LittleFs fs;
    private final LfsBlockIO io;
    private List<byte[]> path;
    /** The entry this handle was opened on has been removed (or replaced): sync must not touch the path. */
    private boolean detached;
    private final Flags flags;
    private final byte[] attr;
    private final ProgCache cache;
    private final int blockSize;

    private int head;
    private long size;
    private boolean inline;
    private byte[] inlineData = new byte[0];
    private long pos;
    private int block;
    private int off;
    private boolean reading;
    private boolean writing;
    private boolean dirty;
    private boolean erred;
    private boolean closed;

    LfsFile(LittleFs fs, List<byte[]> path, Flags flags, byte[] attr) {
        this.fs = fs;
        this.io = fs.io;
        this.path = path;
        this.flags = flags;
        this.attr = attr;
        this.cache = new ProgCache(fs.cfg.cacheSize());
        this.blockSize = fs.cfg.blockSize();
    }

    void loadInline(byte[] data) {
        inline = true;
        head = INLINE_BLOCK;
        inlineData = data.clone();
        size = data.length;
    }

    void loadCtz(int head, long size) {
        inline = false;
        this.head = head;
        this.size = size;
    }

    void markDirty() {
        dirty = true;
    }

    /** littlefs tracks open files by their entry; here by path, kept up to date across renames and removes. */
    void pathChanged(List<byte[]> from, List<byte[]> to, boolean removed) {
        if (path.size() < from.size()) {
            return;
        }
        for (int i = 0; i < from.size(); i++) {
            if (!Arrays.equals(path.get(i), from.get(i))) {
                return;
            }
        }
        if (removed) {
            detached = true;
        } else {
            List<byte[]> moved = new java.util.ArrayList<>(to);
            moved.addAll(path.subList(from.size(), path.size()));
            path = moved;
        }
    }

    public long tell() {
        return pos;
    }

    public boolean isClosed() {
        return closed;
    }

    // ------------------------------------------------------------------ reading

    public int read(byte[] dst, int dstOff, int len) throws StorageException {
        if (writing) {
            flush();
        }
        if (pos >= size || len <= 0) {
            return 0;
        }
        int n = (int) Math.min(len, size - pos);
        int done = 0;
        long[] where = new long[2];
        while (done < n) {
            if (inline) {
                System.arraycopy(inlineData, (int) pos, dst, dstOff + done, n - done);
                pos += n - done;
                done = n;
                break;
            }
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

    // ------------------------------------------------------------------ writing

    public int write(byte[] src, int srcOff, int len) throws StorageException {
        if (erred) {
            throw new StorageException(Errno.EIO, "file is in an error state");
        }
        if (reading) {
            flush();
        }
        if (flags.append() && pos < size) {
            pos = size;
        }
        if (pos + len > fs.fileMax) {
            throw new StorageException(Errno.EFBIG);
        }
        if (!writing && pos > size) {
            // a write after seeking past the end fills the gap with zeros
            long target = pos;
            pos = size;
            byte[] zeros = new byte[(int) Math.min(4096, target - size)];
            while (pos < target) {
                flushedWrite(zeros, 0, (int) Math.min(zeros.length, target - pos));
            }
        }
        flushedWrite(src, srcOff, len);
        return len;
    }

    private void flushedWrite(byte[] src, int srcOff, int len) throws StorageException {
        try {
            if (inline && Math.max(pos + len, size) > fs.inlineMax) {
                outline();
            }
            long[] where = new long[2];
            while (len > 0) {
                if (!writing || off == blockSize) {
                    if (!inline) {
                        if (!writing && pos > 0) {
                            CtzList.find(io, null, head, size, pos - 1, where);
                            block = (int) where[0];
                            cache.reset();
                        }
                        fs.allocator.checkpoint();
                        extend(block, pos);
                    } else {
                        block = INLINE_BLOCK;
                        off = (int) pos;
                    }
                    writing = true;
                }
                int diff = Math.min(len, blockSize - off);
                if (inline) {
                    int end = off + diff;
                    if (end > inlineData.length) {
                        inlineData = Arrays.copyOf(inlineData, end);
                    }
                    System.arraycopy(src, srcOff, inlineData, off, diff);
                } else {
                    progData(off, src, srcOff, diff);
                }
                pos += diff;
                off += diff;
                srcOff += diff;
                len -= diff;
                fs.allocator.checkpoint();
            }
        } catch (StorageException e) {
            erred = true;
            throw e;
        }
    }

    private void progData(int at, byte[] src, int srcOff, int len) throws StorageException {
        block = CtzAppend.prog(io, fs.allocator, cache, block, at, src, srcOff, len);
    }

    /** lfs_ctz_extend: start a new block after {@code fromHead} for a file of {@code fromSize} bytes. */
    private void extend(int fromHead, long fromSize) throws StorageException {
        int[] noff = new int[1];
        block = CtzAppend.extend(io, fs.allocator, cache, fromHead, fromSize, noff);
        off = noff[0];
    }

    /** An inline file outgrowing its entry: its bytes [0, pos) start a fresh block (lfs_file_relocate). */
    private void outline() throws StorageException {
        off = (int) pos;
        fs.allocator.checkpoint();
        byte[] data = new byte[off];
        System.arraycopy(inlineData, 0, data, 0, Math.min(off, inlineData.length));
        block = CtzAppend.relocate(io, fs.allocator, cache, data);
        writing = true;
        inline = false;
    }

    /** lfs_file_flush: finish the block being written and the rest of the old contents after it. */
    void flush() throws StorageException {
        if (reading) {
            reading = false;
        }
        if (!writing) {
            return;
        }
        long savedPos = pos;
        if (!inline) {
            byte[] chunk = new byte[Math.max(64, fs.cfg.cacheSize())];
            while (pos < size) {
                int n = (int) Math.min(chunk.length, size - pos);
                readOld(pos, chunk, n);
                flushedWrite(chunk, 0, n);
            }
            try {
                block = CtzAppend.flush(io, fs.allocator, cache, block, off);
            } catch (StorageException e) {
                erred = true;
                throw e;
            }
            head = block;
        } else {
            pos = Math.max(pos, size);
        }
        size = pos;
        writing = false;
        dirty = true;
        pos = savedPos;
    }

    /** Reads bytes of the contents as committed before this round of writes (head/size not yet replaced). */
    private void readOld(long at, byte[] dst, int n) throws StorageException {
        if (head == INLINE_BLOCK) {
            System.arraycopy(inlineData, (int) at, dst, 0, n);
            return;
        }
        CtzList.read(io, head, size, at, dst, 0, n);
    }

    /** lfs_file_sync: make the file's contents and attribute durable with one metadata commit. */
    public void sync() throws StorageException {
        if (erred) {
            return;
        }
        try {
            flush();
        } catch (StorageException e) {
            erred = true;
            throw e;
        }
        if (!dirty) {
            return;
        }
        if (detached) {
            dirty = false;
            return;
        }
        LittleFs.Lookup l;
        try {
            l = fs.find(path);
        } catch (StorageException e) {
            if (e.errno() == Errno.ENOENT || e.errno() == Errno.ENOTDIR) {
                dirty = false;
                return;
            }
            throw e;
        }
        if (!l.found() || l.isRoot() || l.type() != LfsTag.REG) {
            // removed or replaced while open: nothing to update
            dirty = false;
            return;
        }
        Attr data;
        if (inline) {
            data = Attr.of(LfsTag.INLINESTRUCT, l.id(), Arrays.copyOf(inlineData, (int) size));
        } else {
            byte[] ctz = new byte[8];
            Le.put32(ctz, 0, head);
            Le.put32(ctz, 4, (int) size);
            data = Attr.of(LfsTag.CTZSTRUCT, l.id(), ctz);
        }
        fs.allocator.checkpoint();
        try {
            if (attr != null) {
                fs.writer.commit(l.dir(), List.of(data, Attr.of(LfsTag.USERATTR + 1, l.id(), attr.clone())));
            } else {
                fs.writer.commit(l.dir(), List.of(data));
            }
        } catch (StorageException e) {
            erred = true;
            throw e;
        }
        dirty = false;
    }

    public void close() throws StorageException {
        if (closed) {
            return;
        }
        try {
            // littlefs syncs on close whatever the open mode (a write on a read-only handle persists upstream)
            sync();
        } finally {
            closed = true;
            fs.openFiles.remove(this);
        }
    }

    public long seek(long newPos) throws StorageException {
        if (newPos < 0) {
            throw new StorageException(Errno.EINVAL);
        }
        if (newPos > fs.fileMax) {
            throw new StorageException(Errno.EINVAL);
        }
        if (writing || reading) {
            flush();
        }
        pos = newPos;
        return pos;
    }

    /** Current logical size including unflushed writes. */
    public long currentSize() {
        return writing ? Math.max(pos, size) : size;
    }

    public void truncate(long newSize) throws StorageException {
        if (newSize < 0 || newSize > fs.fileMax) {
            throw new StorageException(Errno.EINVAL);
        }
        flush();
        long savedPos = pos;
        if (newSize < size) {
            if (inline) {
                inlineData = Arrays.copyOf(inlineData, (int) newSize);
            } else if (newSize == 0) {
                loadInline(new byte[0]);
            } else {
                // a prefix of a CTZ list is itself a valid list ending at the block holding the last byte
                long[] where = new long[2];
                CtzList.find(io, null, head, size, newSize - 1, where);
                head = (int) where[0];
            }
            size = newSize;
            dirty = true;
        } else if (newSize > size) {
            pos = size;
            byte[] zeros = new byte[(int) Math.min(4096, newSize - size)];
            while (pos < newSize) {
                write(zeros, 0, (int) Math.min(zeros.length, newSize - pos));
            }
            flush();
        }
        pos = savedPos;
    }

    /** The attribute buffer committed with the file (MicroPython refreshes the mtime in it on write). */
    public byte[] attribute() {
        return attr;
    }

    /** Blocks of this file that no directory entry references yet (they must not be handed out again). */
    void traverseInFlight(CtzList.BlockVisitor cb) throws StorageException {
        if (dirty && !inline && head != INLINE_BLOCK) {
            CtzList.traverse(io, cache, head, size, cb);
        }
        if (writing && !inline) {
            CtzList.traverse(io, cache, block, pos, cb);
        }
    }
}
