package org.mpyjvm.runtime.littlefs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.mpyjvm.runtime.Errno;
import org.mpyjvm.runtime.StorageException;

/**
 * Everything littlefs v1 reads from metadata: fetching a pair (the newer block whose CRC checks out), parsing its
 * entries, walking the metadata thread from the superblock pair {0, 1}, path lookup, and the searches the writer
 * needs (a pair's parent entry, its predecessor in the thread, whether a flagged entry was already moved).
 * Every walk over on-disk links is bounded by the block count; anything malformed is ECORRUPT (84).
 */
final class V1DirReader {
    private static final int[] SUPERBLOCK_PAIR = {0, 1};

    private final LfsBlockIO io;
    private final LfsConfig cfg;

    V1DirReader(LfsBlockIO io) {
        this.io = io;
        this.cfg = io.config();
    }

    /** lfs1_dir_fetch. */
    V1Dir fetch(int[] pair) throws StorageException {
        V1Dir best = null;
        byte[] head = new byte[V1Dir.HEADER];
        for (int i = 0; i < 2; i++) {
            int block = pair[i];
            byte[] data;
            int rev;
            int size;
            try {
                io.checkRange(block, 0, 0);
                io.read(null, block, 0, head, 0, head.length);
                rev = Le.get32(head, 0);
                if (best != null && MetadataPair.scmp(rev, best.rev) < 0) {
                    continue;
                }
                size = Le.get32(head, 4);
                int used = size & 0x7FFFFFFF;
                if (used < V1Dir.EMPTY || used > cfg.blockSize()) {
                    continue;
                }
                data = new byte[used];
                io.read(null, block, 0, data, 0, used);
                if (LfsCrc.update(0xFFFFFFFF, data, 0, used) != 0) {
                    continue;
                }
            } catch (StorageException e) {
                // a block that cannot be read (or a pointer off the device) is as good as a bad CRC
                if (e.errno() != Errno.ECORRUPT) {
                    throw e;
                }
                continue;
            }
            best = new V1Dir(new int[] {block, pair[1 - i]}, rev, size,
                    new int[] {Le.get32(head, 8), Le.get32(head, 12)}, data);
        }
        if (best == null) {
            throw new StorageException(Errno.ECORRUPT, "corrupted v1 dir pair {" + pair[0] + ", " + pair[1] + "}");
        }
        return best;
    }

    /** The entries of one block in on-disk order (lfs1_dir_next without following the tail). */
    List<V1Entry> entries(V1Dir dir) throws StorageException {
        List<V1Entry> out = new ArrayList<>();
        int off = V1Dir.HEADER;
        while (off + V1Entry.HEADER <= dir.used() - 4) {
            V1Entry e = parse(dir, off);
            out.add(e);
            off += e.size();
        }
        return out;
    }

    /** The entry starting at {@code off} of a fetched block (how an open file finds its entry again). */
    V1Entry entryAt(V1Dir dir, int off) throws StorageException {
        if (off < V1Dir.HEADER || off + V1Entry.HEADER > dir.used() - 4) {
            throw new StorageException(Errno.ECORRUPT, "v1 entry offset out of range");
        }
        return parse(dir, off);
    }

    private static V1Entry parse(V1Dir dir, int off) throws StorageException {
        byte[] d = dir.data;
        int type = d[off] & 0xFF;
        int elen = d[off + 1] & 0xFF;
        int alen = d[off + 2] & 0xFF;
        int nlen = d[off + 3] & 0xFF;
        int nameAt = off + 4 + elen + alen;
        if (nameAt + nlen > dir.used() - 4) {
            throw new StorageException(Errno.ECORRUPT, "v1 entry runs past its block");
        }
        if ((type & 0x7F) != V1Entry.SUPERBLOCK && ((type & 0x70) == 0x10 || (type & 0x70) == 0x20) && elen < 8) {
            throw new StorageException(Errno.ECORRUPT, "v1 entry struct too short");
        }
        return new V1Entry(off, type, elen, alen, nlen, Le.get32(d, off + 4), Le.get32(d, off + 8),
                Arrays.copyOfRange(d, nameAt, nameAt + nlen));
    }

    /** Receives each block of the metadata thread; returning true stops the walk. */
    interface ThreadVisitor {
        boolean visit(V1Dir dir) throws StorageException;
    }

    /** Walks the thread from the superblock pair; returns the block the visitor stopped at, or null. */
    V1Dir walkThread(ThreadVisitor visitor) throws StorageException {
        int[] pair = SUPERBLOCK_PAIR;
        for (int steps = 0; steps <= cfg.blockCount(); steps++) {
            V1Dir dir = fetch(pair);
            if (visitor.visit(dir)) {
                return dir;
            }
            if (V1Dir.isNull(dir.tail)) {
                return null;
            }
            pair = dir.tail;
        }
        throw new StorageException(Errno.ECORRUPT, "cycle in v1 metadata");
    }

    /** lfs1_moved: a flagged entry is stale once an unflagged entry with the same struct exists. */
    boolean moved(V1Entry moving) throws StorageException {
        boolean[] first = {true};
        return walkThread(dir -> {
            if (first[0]) {
                // the superblock pair holds no files
                first[0] = false;
                return false;
            }
            for (V1Entry e : entries(dir)) {
                if (!e.moving() && e.u0() == moving.u0() && e.u1() == moving.u1()) {
                    return true;
                }
            }
            return false;
        }) != null;
    }

    /** A directory's parent entry and the block holding it. */
    record Parent(V1Dir dir, V1Entry entry) {
    }

    /** lfs1_parent: the entry (directory or superblock) pointing at {@code pair}, or null. */
    Parent parent(int[] pair) throws StorageException {
        V1Entry[] found = new V1Entry[1];
        V1Dir dir = walkThread(d -> {
            for (V1Entry e : entries(d)) {
                if ((e.type() & 0x70) == 0x20 && V1Dir.overlaps(e.pair(), pair)) {
                    found[0] = e;
                    return true;
                }
            }
            return false;
        });
        return dir == null ? null : new Parent(dir, found[0]);
    }

    /** lfs1_pred: the thread block whose tail is {@code pair}, or null. */
    V1Dir pred(int[] pair) throws StorageException {
        return walkThread(d -> !V1Dir.isNull(d.tail) && V1Dir.overlaps(d.tail, pair));
    }

    /** lfs1_traverse over what is on disk: both blocks of every metadata pair, then every file's CTZ list. */
    void traverse(CtzList.BlockVisitor cb) throws StorageException {
        int[] pair = SUPERBLOCK_PAIR;
        for (int steps = 0; steps <= cfg.blockCount(); steps++) {
            cb.visit(pair[0]);
            cb.visit(pair[1]);
            V1Dir dir = fetch(pair);
            for (V1Entry e : entries(dir)) {
                if ((e.type() & 0x70) == 0x10) {
                    CtzList.checkSize(e.fileSize(), LfsConfig.FILE_MAX, cfg);
                    CtzList.traverse(io, null, e.u0(), e.fileSize(), cb);
                }
            }
            if (V1Dir.isNull(dir.tail)) {
                return;
            }
            pair = dir.tail;
        }
        throw new StorageException(Errno.ECORRUPT, "cycle in v1 metadata");
    }

    /**
     * Where a path leads. Found: {@code entry} in block {@code dir} (for the root, a synthetic directory entry and
     * no block). Not found: {@code dir} is the last block of the parent directory, where a new entry goes.
     */
    record Lookup(V1Dir dir, V1Entry entry, boolean found) {
        boolean isRoot() {
            return found && dir == null;
        }
    }

    /**
     * lfs1_dir_find. A missing name that is not the path's bare last name is ENOENT, a name below a file ENOTDIR.
     * Unless {@code moving} (rename looking for its own flagged source), a flagged entry whose copy exists is
     * passed over like a different name.
     */
    Lookup find(int[] root, V1Path path, boolean moving) throws StorageException {
        V1Entry current = V1Entry.create(V1Entry.DIR, root[0], root[1], new byte[0]);
        V1Dir where = null;
        List<byte[]> names = path.names();
        for (int i = 0; i < names.size(); i++) {
            if (!current.isDir()) {
                throw new StorageException(Errno.ENOTDIR);
            }
            byte[] name = names.get(i);
            int[] pair = current.pair();
            V1Entry match = null;
            V1Dir dir = null;
            for (int steps = 0; match == null; steps++) {
                if (steps > cfg.blockCount()) {
                    throw new StorageException(Errno.ECORRUPT, "cycle in v1 directory");
                }
                dir = fetch(pair);
                for (V1Entry e : entries(dir)) {
                    if ((e.isReg() || e.isDir()) && Arrays.equals(e.name(), name)
                            && (moving || !e.moving() || !moved(e))) {
                        match = e;
                        break;
                    }
                }
                if (match == null) {
                    if (!dir.continued()) {
                        break;
                    }
                    pair = dir.tail;
                }
            }
            if (match == null) {
                if (i == names.size() - 1 && path.lastIsBare()) {
                    return new Lookup(dir, null, false);
                }
                throw new StorageException(Errno.ENOENT);
            }
            current = moving ? match : match.withType(match.type() & ~V1Entry.MOVING);
            where = dir;
        }
        return new Lookup(where, current, true);
    }

    /** Visible entries of the directory starting at {@code pair} (lfs1_dir_read without '.' and '..'). */
    List<V1Entry> list(int[] pair) throws StorageException {
        List<V1Entry> out = new ArrayList<>();
        for (int steps = 0; steps <= cfg.blockCount(); steps++) {
            V1Dir dir = fetch(pair);
            for (V1Entry e : entries(dir)) {
                if ((e.isReg() || e.isDir()) && !(e.moving() && moved(e))) {
                    out.add(e);
                }
            }
            if (!dir.continued()) {
                return out;
            }
            pair = dir.tail;
        }
        throw new StorageException(Errno.ECORRUPT, "cycle in v1 directory");
    }
}
