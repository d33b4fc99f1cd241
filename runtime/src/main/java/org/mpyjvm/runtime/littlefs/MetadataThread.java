package org.mpyjvm.runtime.littlefs;

import java.util.ArrayList;
import java.util.List;
import org.mpyjvm.runtime.Errno;
import org.mpyjvm.runtime.StorageException;

/**
 * Walks over littlefs's metadata thread (every pair, linked by tails from {0, 1}) and the repairs that follow a
 * power loss: block traversal for the allocator and statvfs, predecessor and parent lookup for relocations,
 * finishing an interrupted rename (pending move) and cleaning orphaned or half-orphaned directory pairs.
 * Every walk is bounded by the block count, so a cyclic or corrupt thread raises 84 instead of looping.
 */
final class MetadataThread {
    private final LittleFs fs;

    MetadataThread(LittleFs fs) {
        this.fs = fs;
    }


    /** lfs_fs_traverse: every block in use, including blocks of open files not yet committed. */
    void traverse(CtzList.BlockVisitor cb, boolean includeOrphans) throws StorageException {
        int[] tail = {0, 1};
        int steps = 0;
        while (!MetadataPair.isNull(tail)) {
            if (++steps > fs.cfg.blockCount()) {
                throw new StorageException(Errno.ECORRUPT, "cycle in metadata thread");
            }
            cb.visit(tail[0]);
            cb.visit(tail[1]);
            MetadataPair dir = MetadataPair.fetch(fs, tail);
            for (int id = 0; id < dir.count(); id++) {
                if (id == dir.hiddenId) {
                    continue;
                }
                int[] child = visitFileBlocks(dir.entries.get(id), cb);
                if (includeOrphans && child != null) {
                    cb.visit(child[0]);
                    cb.visit(child[1]);
                }
            }
            tail = dir.tail.clone();
        }
        for (LfsFile f : fs.openFiles) {
            f.traverseInFlight(cb);
        }
    }

    /** Visits a file's CTZ blocks; returns a directory entry's child pair (range-checked), else null. */
    private int[] visitFileBlocks(MetadataEntry e, CtzList.BlockVisitor cb) throws StorageException {
        if (e.struct == null || e.struct.length < 8) {
            return null;
        }
        if (e.structType == LfsTag.CTZSTRUCT) {
            long size = Integer.toUnsignedLong(Le.get32(e.struct, 4));
            CtzList.checkSize(size, fs.fileMax, fs.cfg);
            CtzList.traverse(fs.io, null, Le.get32(e.struct, 0), size, cb);
        } else if (e.structType == LfsTag.DIRSTRUCT) {
            int[] child = {Le.get32(e.struct, 0), Le.get32(e.struct, 4)};
            fs.io.checkRange(child[0], 0, 0);
            fs.io.checkRange(child[1], 0, 0);
            return child;
        }
        return null;
    }

    /**
     * While orphans are pending, a relocated directory pair may be reachable only from its parent entry (the thread
     * still holds the stale copy), and so may the split pairs and files it alone references. The allocator must
     * not hand those blocks out, so it also walks the tree from the root through directory entries.
     */
    void traverseTree(CtzList.BlockVisitor cb) throws StorageException {
        java.util.ArrayDeque<int[]> pending = new java.util.ArrayDeque<>();
        java.util.Set<Long> seen = new java.util.HashSet<>();
        pending.add(fs.root.clone());
        int steps = 0;
        while (!pending.isEmpty()) {
            int[] pair = pending.poll();
            while (!MetadataPair.isNull(pair)) {
                if (++steps > 2 * fs.cfg.blockCount() || !seen.add((long) pair[0] << 32 | (pair[1] & 0xFFFFFFFFL))) {
                    break;
                }
                cb.visit(pair[0]);
                cb.visit(pair[1]);
                MetadataPair dir = MetadataPair.fetch(fs, pair);
                for (int id = 0; id < dir.count(); id++) {
                    int[] child = visitFileBlocks(dir.entries.get(id), cb);
                    if (child != null) {
                        pending.add(child);
                    }
                }
                pair = dir.split ? dir.tail.clone() : new int[] {MetadataPair.NULL, MetadataPair.NULL};
            }
        }
    }

    /**
     * What MicroPython's statvfs counts as used (free = block count - this): the public lfs_fs_traverse, which
     * visits directory pairs twice (once in the thread, once from their parent entry), like the original.
     */
    public int usedBlocks() throws StorageException {
        int[] n = {0};
        traverse(b -> n[0]++, true);
        return n[0];
    }

    /** lfs_fs_size: each block once (decides whether the superblock may expand). */
    int size() throws StorageException {
        int[] n = {0};
        traverse(b -> n[0]++, false);
        return n[0];
    }

    /** The pair whose tail points at {@code pair}, or null. */
    MetadataPair findPred(int[] pair) throws StorageException {
        int[] tail = {0, 1};
        MetadataPair prev = null;
        int steps = 0;
        while (!MetadataPair.isNull(tail)) {
            if (++steps > fs.cfg.blockCount()) {
                throw new StorageException(Errno.ECORRUPT, "cycle in metadata thread");
            }
            if (MetadataPair.overlaps(tail, pair)) {
                return prev;
            }
            prev = MetadataPair.fetch(fs, tail);
            tail = prev.tail.clone();
        }
        return null;
    }

    /** The pair and id of the directory entry pointing at {@code pair}, or null. */
    LittleFs.ParentRef findParent(int[] pair) throws StorageException {
        int[] tail = {0, 1};
        int steps = 0;
        while (!MetadataPair.isNull(tail)) {
            if (++steps > fs.cfg.blockCount()) {
                throw new StorageException(Errno.ECORRUPT, "cycle in metadata thread");
            }
            MetadataPair dir = MetadataPair.fetch(fs, tail);
            for (int id = 0; id < dir.count(); id++) {
                MetadataEntry e = dir.entries.get(id);
                if (e.structType == LfsTag.DIRSTRUCT && e.struct != null && e.struct.length >= 8
                        && MetadataPair.overlaps(new int[] {Le.get32(e.struct, 0), Le.get32(e.struct, 4)}, pair)) {
                    return new LittleFs.ParentRef(dir, id);
                }
            }
            tail = dir.tail.clone();
        }
        return null;
    }

    /** lfs_fs_forceconsistency: before the first write after mount, finish what a power loss interrupted. */
    void forceConsistency() throws StorageException {
        if (fs.gstate.needsSuperblock()) {
            MetadataPair r = MetadataPair.fetch(fs, fs.root);
            fs.writer.commit(r, List.of(Attr.of(LfsTag.INLINESTRUCT, 0, fs.superblockRecord())));
            fs.gstate.prepSuperblock(false);
        }
        if (fs.gdisk.hasMove()) {
            // a rename lost power between its two commits: the destination exists, delete the source
            MetadataPair src = MetadataPair.fetch(fs, new int[] {fs.gdisk.pair0, fs.gdisk.pair1});
            int moveId = LfsTag.id(fs.gdisk.tag);
            fs.gstate.prepMove(LfsTag.NO_ID, null);
            src.hiddenId = -1;
            if (moveId >= src.count()) {
                throw new StorageException(Errno.ECORRUPT, "pending move names a missing entry");
            }
            fs.writer.commit(src, List.of(Attr.empty(LfsTag.DELETE, moveId)));
        }
        deorphan(true);
    }

    /**
     * lfs_fs_deorphan: pass 0 repairs half-orphans (a relocated directory whose thread predecessor still points at
     * the old blocks), pass 1 unlinks full orphans (directory pairs in the thread without a parent entry).
     */
    void deorphan(boolean powerloss) throws StorageException {
        if (!fs.gstate.hasOrphans()) {
            return;
        }
        int pass = 0;
        int guard = 0;
        int limit = 8 * fs.cfg.blockCount() + 16;
        while (pass < 2) {
            MetadataPair pdir = new MetadataPair();
            pdir.split = true;
            pdir.tail = new int[] {0, 1};
            boolean moreOrphans = false;
            while (!MetadataPair.isNull(pdir.tail)) {
                if (++guard > limit) {
                    throw new StorageException(Errno.ECORRUPT, "orphan repair does not terminate");
                }
                MetadataPair dir = MetadataPair.fetch(fs, pdir.tail);
                if (!pdir.split) {
                    LittleFs.ParentRef parent = findParent(pdir.tail);
                    if (pass == 0 && parent != null) {
                        int[] pair = parent.dir().dirPair(parent.id());
                        if (!MetadataPair.isSync(pair, pdir.tail)) {
                            List<Attr> fix = new ArrayList<>();
                            if (fs.gstate.hasMoveHere(pdir.pair)) {
                                int moveId = LfsTag.id(fs.gstate.tag);
                                fs.gstate.prepMove(LfsTag.NO_ID, null);
                                fix.add(Attr.empty(LfsTag.DELETE, moveId));
                            }
                            fix.add(Attr.tail(false, pair));
                            if (fs.writer.orphaningCommit(pdir, fix) == MetadataWriter.ORPHANED) {
                                moreOrphans = true;
                            }
                            continue;
                        }
                    }
                    if (pass == 1 && parent == null && powerloss) {
                        fs.gdelta.xor(dir.ownDelta);
                        if (fs.writer.orphaningCommit(pdir, List.of(Attr.tail(dir.split, dir.tail)))
                                == MetadataWriter.ORPHANED) {
                            moreOrphans = true;
                        }
                        continue;
                    }
                }
                pdir = dir;
            }
            pass = moreOrphans ? 0 : pass + 1;
        }
        fs.gstate.prepOrphans(-fs.gstate.orphans());
    }
}
