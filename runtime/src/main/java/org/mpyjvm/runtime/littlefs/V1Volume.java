package org.mpyjvm.runtime.littlefs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.mpyjvm.runtime.Errno;
import org.mpyjvm.runtime.StorageException;
import org.mpyjvm.runtime.blockdev.BlockDevice;

/**
 * A mounted littlefs v1 volume (lfs1.c, v1.7, disk version 1.1): the state lfs1_t keeps (caches, allocator, root
 * pair, open files, whether deorphan has run) and the path operations. The superblock pair {0, 1} holds the
 * superblock entry, whose tail starts the metadata thread (the root directory first); directories are chains of
 * pairs in that thread. Multi-step operations are ordered so that a power cut leaves either the old state or
 * something {@link V1Repair} completes: mkdir writes the new pair before linking it, remove unlinks the entry
 * before the pair, rename flags the source (0x80), writes the destination, then drops the source.
 *
 * <p>Paths are absolute, relative to the filesystem root, in the form {@link V1Path} reads.
 */
final class V1Volume {
    static final int DISK_VERSION = 0x00010001;

    final LfsConfig cfg;
    final LfsBlockIO io;
    final ProgCache pcache;
    final LfsAllocator allocator;
    final V1DirReader reader;
    final V1DirWriter writer;
    int[] root = {-1, -1};
    boolean deorphaned;
    final List<V1File> openFiles = new ArrayList<>();

    V1Volume(BlockDevice dev, LfsConfig cfg) {
        this.cfg = cfg;
        this.io = new LfsBlockIO(dev, cfg);
        this.pcache = new ProgCache(cfg.cacheSize());
        this.allocator = new LfsAllocator(this::markUsed, cfg.blockCount(), cfg.lookaheadSize());
        this.reader = new V1DirReader(io);
        this.writer = new V1DirWriter(this);
    }

    /** lfs1_mount: the newest valid superblock in {0, 1}, version 1.x with x at most 1. */
    static V1Volume mount(BlockDevice dev, LfsConfig cfg) throws StorageException {
        V1Volume vol = new V1Volume(dev, cfg);
        V1Dir sb = vol.reader.fetch(new int[] {0, 1});
        List<V1Entry> entries = vol.reader.entries(sb);
        if (entries.isEmpty() || entries.get(0).kind() != V1Entry.SUPERBLOCK || entries.get(0).elen() < 20
                || !Arrays.equals(entries.get(0).name(), LittleFs.MAGIC)) {
            throw new StorageException(Errno.ECORRUPT, "no littlefs v1 superblock");
        }
        V1Entry e = entries.get(0);
        int at = e.off() + 4;
        int version = Le.get32(sb.data, at + 16);
        if ((version >>> 16) != (DISK_VERSION >>> 16) || (version & 0xFFFF) > (DISK_VERSION & 0xFFFF)) {
            throw new StorageException(Errno.EINVAL, "unsupported littlefs v1 version");
        }
        if (Le.get32(sb.data, at + 8) != cfg.blockSize() || Le.get32(sb.data, at + 12) != cfg.blockCount()) {
            throw new StorageException(Errno.EINVAL, "geometry mismatch");
        }
        vol.root = e.pair();
        vol.reader.fetch(vol.root);
        // v1 always starts looking for free blocks at block 0, with a full allocation budget
        vol.allocator.startAt(0);
        return vol;
    }

    /** lfs1_traverse: what is on disk plus the blocks open files are writing. */
    private void markUsed(CtzList.BlockVisitor cb) throws StorageException {
        if (V1Dir.isNull(root)) {
            return;
        }
        reader.traverse(cb);
        for (V1File f : openFiles) {
            f.traverseInFlight(cb);
        }
    }

    /** What statvfs counts as used: every block lfs1_traverse visits (free = block count - this). */
    int usedBlocks() throws StorageException {
        int[] n = {0};
        markUsed(b -> n[0]++);
        return n[0];
    }

    /** The pair of an open file's directory moved (relocation): follow it. */
    void pairMoved(int[] oldPair, int[] newPair) {
        for (V1File f : openFiles) {
            if (f.pair != null && V1Dir.overlaps(f.pair, oldPair)) {
                f.pair = newPair.clone();
            }
        }
    }

    /** An entry of {@code size} bytes at {@code off} left its block: files on it detach, later ones shift. */
    void entryRemoved(int[] pair, int off, int size) {
        for (V1File f : openFiles) {
            if (f.pair != null && V1Dir.overlaps(f.pair, pair)) {
                if (f.poff == off) {
                    f.pair = null;
                } else if (f.poff > off) {
                    f.poff -= size;
                }
            }
        }
    }

    /** Deorphan is needed at most once per mount, before the first change. */
    private void prepareWrite() throws StorageException {
        if (!deorphaned) {
            new V1Repair(this).deorphan();
        }
    }

    private V1DirReader.Lookup find(String path) throws StorageException {
        return reader.find(root, V1Path.parse(path), false);
    }

    private static byte[] lastName(String path) {
        List<byte[]> names = V1Path.parse(path).names();
        return names.get(names.size() - 1);
    }

    /** v1 stores nlen in a byte and cannot split an entry: longer names are refused up front. */
    private void checkName(byte[] name) throws StorageException {
        if (name.length > LfsConfig.NAME_MAX || V1Dir.EMPTY + V1Entry.HEADER + name.length > cfg.blockSize()) {
            throw new StorageException(Errno.ENAMETOOLONG);
        }
    }

    /** The entry for a path (the root as a synthetic directory entry); ENOENT when missing. */
    V1Entry stat(String path) throws StorageException {
        V1DirReader.Lookup l = find(path);
        if (!l.found()) {
            throw new StorageException(Errno.ENOENT);
        }
        return l.entry();
    }

    List<V1Entry> list(String path) throws StorageException {
        V1Entry e = stat(path);
        if (!e.isDir()) {
            throw new StorageException(Errno.ENOTDIR);
        }
        return reader.list(e.pair());
    }

    /** lfs1_mkdir: write the new pair (tail: what followed the parent) first, then link it with the entry. */
    void mkdir(String path) throws StorageException {
        prepareWrite();
        V1DirReader.Lookup l = find(path);
        if (l.found()) {
            throw new StorageException(Errno.EEXIST);
        }
        byte[] name = lastName(path);
        checkName(name);
        allocator.checkpoint();
        V1Dir dir = writer.alloc();
        V1Dir cwd = l.dir();
        dir.tail = cwd.tail.clone();
        writer.commit(dir, List.of());
        cwd.tail = dir.pair.clone();
        writer.append(cwd, V1Entry.create(V1Entry.DIR, dir.pair[0], dir.pair[1], name));
        allocator.checkpoint();
    }

    /** lfs1_remove: files, and directories without entries; an emptied directory leaves the thread after. */
    void remove(String path) throws StorageException {
        prepareWrite();
        V1DirReader.Lookup l = find(path);
        if (!l.found()) {
            throw new StorageException(Errno.ENOENT);
        }
        if (l.isRoot()) {
            throw new StorageException(Errno.EINVAL);
        }
        V1Dir child = l.entry().isDir() ? emptyDirectory(l.entry()) : null;
        writer.remove(l.dir(), l.entry());
        if (child != null) {
            unthread(child);
        }
    }

    /** The first pair of a directory that must be empty (size exactly header + CRC, not continued). */
    private V1Dir emptyDirectory(V1Entry e) throws StorageException {
        V1Dir child = reader.fetch(e.pair());
        if (child.size != V1Dir.EMPTY) {
            throw new StorageException(Errno.ENOTEMPTY);
        }
        return child;
    }

    private void unthread(V1Dir child) throws StorageException {
        V1Dir pred = reader.pred(child.pair);
        if (pred == null) {
            throw new StorageException(Errno.ECORRUPT, "removed directory is not in the metadata thread");
        }
        pred.tail = child.tail.clone();
        writer.commit(pred, List.of());
    }

    /**
     * lfs1_rename: flag the source as moving, write the destination entry (replacing an existing file or empty
     * directory), then remove the flagged source. Deviations: the destination is checked before the source is
     * flagged (upstream leaves the flag behind when it then fails), renaming an entry onto itself does nothing
     * (upstream deletes it), and a directory cannot move below itself (EINVAL; upstream loses it).
     */
    void rename(String oldPath, String newPath) throws StorageException {
        prepareWrite();
        V1DirReader.Lookup old = find(oldPath);
        if (!old.found()) {
            throw new StorageException(Errno.ENOENT);
        }
        if (old.isRoot()) {
            throw new StorageException(Errno.EINVAL);
        }
        if (old.entry().isDir() && isInside(V1Path.parse(newPath).names(), V1Path.parse(oldPath).names())) {
            // upstream lets a directory move below itself, cutting it off from the tree
            throw new StorageException(Errno.EINVAL);
        }
        V1DirReader.Lookup prev = find(newPath);
        V1Dir replaced = null;
        if (prev.found()) {
            if (prev.entry().kind() != old.entry().kind()) {
                throw new StorageException(Errno.EISDIR);
            }
            if (prev.isRoot()) {
                throw new StorageException(Errno.EINVAL);
            }
            if (V1Dir.overlaps(prev.dir().pair, old.dir().pair) && prev.entry().off() == old.entry().off()) {
                return;
            }
            if (prev.entry().isDir()) {
                replaced = emptyDirectory(prev.entry());
            }
        }
        byte[] newName = lastName(newPath);
        checkName(newName);
        V1Entry src = old.entry();
        writer.update(old.dir(), src.withType(src.type() | V1Entry.MOVING), null);
        V1Entry moved = V1Entry.create(src.kind(), src.u0(), src.u1(), newName);
        prev = find(newPath);
        if (prev.found()) {
            V1Entry target = prev.entry();
            writer.update(prev.dir(), new V1Entry(target.off(), moved.type(), target.elen(), target.alen(),
                    target.nlen(), moved.u0(), moved.u1(), newName), newName);
        } else {
            writer.append(prev.dir(), moved);
        }
        V1DirReader.Lookup again = reader.find(root, V1Path.parse(oldPath), true);
        if (!again.found() || !again.entry().moving()) {
            throw new StorageException(Errno.ECORRUPT, "renamed entry vanished");
        }
        writer.remove(again.dir(), again.entry());
        if (replaced != null) {
            unthread(replaced);
        }
    }

    private static boolean isInside(List<byte[]> names, List<byte[]> dir) {
        if (names.size() <= dir.size()) {
            return false;
        }
        for (int i = 0; i < dir.size(); i++) {
            if (!Arrays.equals(names.get(i), dir.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** lfs1_file_open: a missing file gets an empty entry (head 0xFFFFFFFF) at once. */
    V1File open(String path, boolean read, boolean write, boolean create, boolean exclusive, boolean truncate,
                boolean append) throws StorageException {
        if (write) {
            prepareWrite();
        }
        V1DirReader.Lookup l = find(path);
        int[] pair;
        V1Entry entry;
        if (!l.found()) {
            if (!create) {
                throw new StorageException(Errno.ENOENT);
            }
            byte[] name = lastName(path);
            checkName(name);
            V1DirWriter.Placed placed = writer.append(l.dir(), V1Entry.create(V1Entry.REG, -1, 0, name));
            pair = placed.dir().pair;
            entry = placed.entry();
        } else if (l.entry().isDir()) {
            throw new StorageException(Errno.EISDIR);
        } else if (exclusive) {
            throw new StorageException(Errno.EEXIST);
        } else {
            pair = l.dir().pair;
            entry = l.entry();
            CtzList.checkSize(entry.fileSize(), LfsConfig.FILE_MAX, cfg);
        }
        V1File f = new V1File(this, pair, entry.off(), entry.u0(), entry.fileSize(), read, write, append);
        if (truncate) {
            f.truncateOnOpen();
        }
        openFiles.add(f);
        return f;
    }
}
