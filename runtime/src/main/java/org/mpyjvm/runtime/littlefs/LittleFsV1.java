package org.mpyjvm.runtime.littlefs;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.mpyjvm.runtime.Errno;
import org.mpyjvm.runtime.StorageException;
import org.mpyjvm.runtime.blockdev.BlockDevice;
import org.mpyjvm.runtime.fs.DirEntry;
import org.mpyjvm.runtime.fs.FileHandle;
import org.mpyjvm.runtime.fs.Filesystem;
import org.mpyjvm.runtime.fs.OpenMode;
import org.mpyjvm.runtime.fs.Stat;
import org.mpyjvm.runtime.fs.StatVfs;

/**
 * MicroPython's {@code vfs.VfsLfs1}: the littlefs v1 on-disk format (v1.7, disk version 1.1), read-only here.
 *
 * <p>v1 layout: a directory is a chain of metadata pairs; each block holds {@code u32 rev, u32 size (bit 31: the
 * directory continues in the tail), u32 tail[2]}, then entries {@code u8 type, u8 elen, u8 alen, u8 nlen, elen
 * bytes (file: u32 head, u32 size; dir: u32 pair[2]), alen attribute bytes, nlen name bytes}, then a CRC-32 (same
 * CRC as v2) making the CRC of the first {@code size} bytes 0. The newer valid block of a pair wins. Pair {0, 1}
 * holds the superblock entry (type 0x2E: root pair, block size, block count, version, name "littlefs") and its tail
 * is the root directory. Files always use the CTZ skip-list ({@link CtzList}); types 0x11 file, 0x22 directory,
 * bit 0x80 marks an entry in the middle of a move (ignored when the moved copy exists elsewhere).
 *
 * <p>Missing: writing (mkdir, remove, rename, open for writing raise EROFS).
 */
public final class LittleFsV1 implements Filesystem {
    private static final int TYPE_REG = 0x11;
    private static final int TYPE_DIR = 0x22;
    private static final int TYPE_SUPERBLOCK = 0x2E;

    private final LfsConfig config;
    private final LfsBlockIO io;
    private int[] root;
    private boolean mounted;
    private final CurrentDirectory cwd = new CurrentDirectory();

    private record Dir(int[] pair, boolean continued, int[] tail, byte[] data, int size) {
    }

    private record Entry(int type, byte[] struct, byte[] name) {
        boolean isDir() {
            return (type & 0x7F) == TYPE_DIR;
        }

        int head() {
            return Le.get32(struct, 0);
        }

        long fileSize() {
            return Integer.toUnsignedLong(Le.get32(struct, 4));
        }
    }

    public LittleFsV1(BlockDevice dev, LittleFsFilesystem.Options options) throws StorageException {
        // v1 counts the lookahead in bits (vfs.md 5.2)
        this.config = LittleFsFilesystem.configure(dev, options.readSize(), options.progSize(),
                Math.max(1, options.lookahead() / 8));
        this.io = new LfsBlockIO(dev, config);
        mountNow();
    }

    private void mountNow() throws StorageException {
        Dir sb = fetch(new int[] {0, 1});
        List<Entry> entries = entries(sb);
        if (entries.isEmpty() || (entries.get(0).type() & 0x7F) != TYPE_SUPERBLOCK
                || !Arrays.equals(entries.get(0).name(), LittleFs.MAGIC) || entries.get(0).struct().length < 20) {
            throw new StorageException(Errno.ECORRUPT, "no littlefs v1 superblock");
        }
        byte[] s = entries.get(0).struct();
        int version = Le.get32(s, 16);
        if ((version >>> 16) != 1 || (version & 0xFFFF) > 1) {
            throw new StorageException(Errno.EINVAL, "unsupported littlefs v1 version");
        }
        if (Le.get32(s, 8) != config.blockSize() || Le.get32(s, 12) != config.blockCount()) {
            throw new StorageException(Errno.EINVAL, "geometry mismatch");
        }
        root = new int[] {Le.get32(s, 0), Le.get32(s, 4)};
        fetch(root);
        mounted = true;
    }

    private Dir fetch(int[] pair) throws StorageException {
        Dir best = null;
        int bestRev = 0;
        for (int i = 0; i < 2; i++) {
            io.checkRange(pair[i], 0, 0);
            byte[] data = io.readBlock(pair[i]);
            int rev = Le.get32(data, 0);
            int size = Le.get32(data, 4) & 0x7FFFFFFF;
            if (size < 20 || size > config.blockSize()) {
                continue;
            }
            if (best != null && MetadataPair.scmp(rev, bestRev) < 0) {
                continue;
            }
            if (LfsCrc.update(0xFFFFFFFF, data, 0, size) != 0) {
                continue;
            }
            boolean continued = (Le.get32(data, 4) & 0x80000000) != 0;
            best = new Dir(new int[] {pair[i], pair[1 - i]}, continued,
                    new int[] {Le.get32(data, 8), Le.get32(data, 12)}, data, size);
            bestRev = rev;
        }
        if (best == null) {
            throw new StorageException(Errno.ECORRUPT, "corrupted v1 dir pair {" + pair[0] + ", " + pair[1] + "}");
        }
        return best;
    }

    private List<Entry> entries(Dir dir) throws StorageException {
        List<Entry> out = new ArrayList<>();
        int off = 16;
        byte[] d = dir.data();
        while (off + 12 <= dir.size() - 4) {
            int type = d[off] & 0xFF;
            int elen = d[off + 1] & 0xFF;
            int alen = d[off + 2] & 0xFF;
            int nlen = d[off + 3] & 0xFF;
            int end = off + 4 + elen + alen + nlen;
            if (end > dir.size() - 4) {
                throw new StorageException(Errno.ECORRUPT, "v1 entry runs past its block");
            }
            byte[] struct = Arrays.copyOfRange(d, off + 4, off + 4 + elen);
            byte[] name = Arrays.copyOfRange(d, off + 4 + elen + alen, end);
            if (((type & 0x7F) == TYPE_REG || (type & 0x7F) == TYPE_DIR) && elen < 8) {
                throw new StorageException(Errno.ECORRUPT, "v1 entry too short");
            }
            out.add(new Entry(type, struct, name));
            off = end;
        }
        return out;
    }

    /** All visible entries of the directory starting at {@code pair}, in on-disk order. */
    private List<Entry> list(int[] pair) throws StorageException {
        List<Entry> out = new ArrayList<>();
        int steps = 0;
        while (true) {
            if (++steps > config.blockCount()) {
                throw new StorageException(Errno.ECORRUPT, "cycle in v1 directory");
            }
            Dir dir = fetch(pair);
            for (Entry e : entries(dir)) {
                int t = e.type() & 0x7F;
                if ((t == TYPE_REG || t == TYPE_DIR) && !((e.type() & 0x80) != 0 && movedElsewhere(e))) {
                    out.add(e);
                }
            }
            if (!dir.continued()) {
                return out;
            }
            pair = dir.tail();
        }
    }

    /** lfs_moved: a flagged entry is stale when an unflagged entry with the same struct exists. */
    private boolean movedElsewhere(Entry moved) throws StorageException {
        int[] pair = {0, 1};
        int steps = 0;
        while (pair[0] != -1 && pair[1] != -1) {
            if (++steps > config.blockCount()) {
                throw new StorageException(Errno.ECORRUPT, "cycle in v1 metadata");
            }
            Dir dir = fetch(pair);
            for (Entry e : entries(dir)) {
                if ((e.type() & 0x80) == 0 && Arrays.equals(e.struct(), moved.struct())) {
                    return true;
                }
            }
            pair = dir.tail();
        }
        return false;
    }

    private Entry find(String path) throws StorageException {
        if (!mounted) {
            throw new StorageException(Errno.ENODEV, "littlefs is unmounted");
        }
        List<byte[]> names = LittleFs.split(cwd.resolve(path));
        Entry current = null;
        int[] pair = root;
        for (byte[] name : names) {
            if (current != null) {
                if (!current.isDir()) {
                    throw new StorageException(Errno.ENOTDIR);
                }
                pair = new int[] {current.head(), Le.get32(current.struct(), 4)};
            }
            Entry found = null;
            for (Entry e : list(pair)) {
                if (Arrays.equals(e.name(), name)) {
                    found = e;
                    break;
                }
            }
            if (found == null) {
                throw new StorageException(Errno.ENOENT);
            }
            current = found;
        }
        return current;
    }

    private int[] dirPair(String path) throws StorageException {
        Entry e = find(path);
        if (e == null) {
            return root;
        }
        if (!e.isDir()) {
            throw new StorageException(Errno.ENOTDIR);
        }
        return new int[] {e.head(), Le.get32(e.struct(), 4)};
    }

    @Override
    public String typeName() {
        return "VfsLfs1";
    }

    @Override
    public void mount(boolean readonly, boolean mkfs) throws StorageException {
        if (!mounted) {
            mountNow();
        }
    }

    @Override
    public void umount() {
        mounted = false;
    }

    @Override
    public FileHandle open(String path, OpenMode mode) throws StorageException {
        if (mode.write()) {
            throw new StorageException(Errno.EROFS, "VfsLfs1 is read-only in mpy-jvm");
        }
        Entry e = find(path);
        if (e == null || e.isDir()) {
            throw new StorageException(Errno.EISDIR);
        }
        CtzList.checkSize(e.fileSize(), LfsConfig.FILE_MAX, config);
        return new V1File(e.head(), e.fileSize());
    }

    @Override
    public List<DirEntry> ilistdir(String path) throws StorageException {
        List<DirEntry> out = new ArrayList<>();
        for (Entry e : list(dirPair(path))) {
            out.add(new DirEntry(new String(e.name(), StandardCharsets.UTF_8), e.isDir() ? DirEntry.DIR : DirEntry.FILE,
                    0, e.isDir() ? 0 : e.fileSize()));
        }
        return out;
    }

    @Override
    public Stat stat(String path) throws StorageException {
        Entry e = find(path);
        if (e == null || e.isDir()) {
            return new Stat(DirEntry.DIR, 0, 0);
        }
        return new Stat(DirEntry.FILE, e.fileSize(), 0);
    }

    /** lfs1_traverse: metadata pairs of the whole thread plus every file's blocks. */
    @Override
    public StatVfs statvfs(String path) throws StorageException {
        if (!mounted) {
            throw new StorageException(Errno.ENODEV, "littlefs is unmounted");
        }
        int[] used = {0};
        int[] pair = {0, 1};
        int steps = 0;
        while (pair[0] != -1 && pair[1] != -1) {
            if (++steps > config.blockCount()) {
                throw new StorageException(Errno.ECORRUPT, "cycle in v1 metadata");
            }
            used[0] += 2;
            Dir dir = fetch(pair);
            for (Entry e : entries(dir)) {
                if ((e.type() & 0x71) == TYPE_REG) {
                    CtzList.checkSize(e.fileSize(), LfsConfig.FILE_MAX, config);
                    CtzList.traverse(io, null, e.head(), e.fileSize(), b -> used[0]++);
                }
            }
            pair = dir.tail();
        }
        long bs = config.blockSize();
        long free = config.blockCount() - used[0];
        return new StatVfs(bs, bs, config.blockCount(), free, free, 0, 0, 0, 0, LfsConfig.NAME_MAX);
    }

    @Override
    public void mkdir(String path) throws StorageException {
        throw new StorageException(Errno.EROFS, "VfsLfs1 is read-only in mpy-jvm");
    }

    @Override
    public void rmdir(String path) throws StorageException {
        throw new StorageException(Errno.EROFS, "VfsLfs1 is read-only in mpy-jvm");
    }

    @Override
    public void remove(String path) throws StorageException {
        throw new StorageException(Errno.EROFS, "VfsLfs1 is read-only in mpy-jvm");
    }

    @Override
    public void rename(String oldPath, String newPath) throws StorageException {
        throw new StorageException(Errno.EROFS, "VfsLfs1 is read-only in mpy-jvm");
    }

    @Override
    public void chdir(String path) throws StorageException {
        cwd.change(path, p -> {
            Entry e = find(p);
            return e == null || e.isDir();
        });
    }

    @Override
    public String getcwd() {
        return cwd.get();
    }

    @Override
    public void sync() {
    }

    /** A v1 file opened for reading: the CTZ list is the same as v2's. */
    private final class V1File implements FileHandle {
        private final int head;
        private final long size;
        private long pos;
        private boolean closed;

        V1File(int head, long size) {
            this.head = head;
            this.size = size;
        }

        private void open() throws StorageException {
            if (closed) {
                throw new StorageException(Errno.EBADF, "I/O operation on closed file");
            }
        }

        @Override
        public int read(byte[] dst, int off, int len) throws StorageException {
            open();
            if (pos >= size || len <= 0) {
                return 0;
            }
            int n = (int) Math.min(len, size - pos);
            long[] where = new long[2];
            int done = 0;
            while (done < n) {
                CtzList.find(io, null, head, size, pos, where);
                int diff = (int) Math.min(n - done, config.blockSize() - where[1]);
                io.read(null, (int) where[0], (int) where[1], dst, off + done, diff);
                pos += diff;
                done += diff;
            }
            return done;
        }

        @Override
        public int write(byte[] src, int off, int len) throws StorageException {
            throw new StorageException(Errno.EROFS, "VfsLfs1 is read-only in mpy-jvm");
        }

        @Override
        public long seek(long offset, int whence) throws StorageException {
            open();
            long base = whence == SEEK_END ? size : whence == SEEK_CUR ? pos : 0;
            if (base + offset < 0) {
                throw new StorageException(Errno.EINVAL);
            }
            pos = base + offset;
            return pos;
        }

        @Override
        public long tell() throws StorageException {
            open();
            return pos;
        }

        @Override
        public long size() {
            return size;
        }

        @Override
        public void truncate(long newSize) throws StorageException {
            throw new StorageException(Errno.EROFS, "VfsLfs1 is read-only in mpy-jvm");
        }

        @Override
        public void flush() throws StorageException {
            open();
        }

        @Override
        public void close() {
            closed = true;
        }

        @Override
        public boolean isClosed() {
            return closed;
        }
    }
}
