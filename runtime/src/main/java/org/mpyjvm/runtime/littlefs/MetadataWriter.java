package org.mpyjvm.runtime.littlefs;

import java.util.ArrayList;
import java.util.List;
import org.mpyjvm.runtime.Errno;
import org.mpyjvm.runtime.StorageException;

/**
 * Commits to metadata pairs the way littlefs does: append to the active block while it is erased and has room;
 * otherwise compact the live entries into the other block (revision + 1), splitting the pair when they would fill
 * more than half a block, and relocating to fresh blocks every {@code (block_cycles + 1) | 1} compactions or when
 * a block goes bad. A relocated pair is re-linked from its parent directory entry and its predecessor in the
 * metadata thread; between those two commits the global state counts an orphan, so a power loss in the gap is
 * repaired at the next mount (see {@link LittleFs#deorphan}).
 */
final class MetadataWriter {
    static final int OK = 0;
    static final int RELOCATED = 1;
    static final int DROPPED = 2;
    static final int ORPHANED = 3;

    private static final int[] SUPERBLOCK_PAIR = {0, 1};

    private final LittleFs fs;
    private MetadataPair droppedPred;
    private MetadataPair droppedView;

    MetadataWriter(LittleFs fs) {
        this.fs = fs;
    }

    /** lfs_dir_commit: commit, fix up relocations, then clean any orphans they left. */
    void commit(MetadataPair dir, List<Attr> attrs) throws StorageException {
        int state = orphaningCommit(dir, attrs);
        if (state == ORPHANED) {
            fs.thread.deorphan(false);
        }
    }

    int orphaningCommit(MetadataPair dir, List<Attr> attrs) throws StorageException {
        int[] lpair = dir.pair.clone();
        int state = relocatingCommit(dir, attrs, true);
        MetadataPair ldir = dir;
        if (state == DROPPED) {
            // the pair became empty: unlink it from its predecessor, which inherits its tail and gstate
            MetadataPair pdir = droppedPred;
            fs.gdelta.xor(droppedView.ownDelta);
            lpair = pdir.pair.clone();
            state = relocatingCommit(pdir, List.of(Attr.tail(droppedView.split, droppedView.tail)), false);
            ldir = pdir;
        }
        boolean orphans = false;
        int guard = 0;
        while (state == RELOCATED) {
            if (++guard > 2 * fs.cfg.blockCount() + 4) {
                throw new StorageException(Errno.ECORRUPT, "relocation does not terminate");
            }
            state = OK;
            if (MetadataPair.overlaps(lpair, fs.root)) {
                fs.root = ldir.pair.clone();
            }
            LittleFs.ParentRef parent = fs.thread.findParent(lpair);
            boolean hasParent = parent != null;
            if (hasParent) {
                fs.gstate.prepOrphans(+1);
                MetadataPair pdir = parent.dir();
                int id = parent.id();
                List<Attr> fix = new ArrayList<>();
                if (fs.gstate.hasMoveHere(pdir.pair)) {
                    // the relocation may outdate a pending move in the parent, so finish it in the same commit
                    int moveId = LfsTag.id(fs.gstate.tag);
                    fs.gstate.prepMove(LfsTag.NO_ID, null);
                    fix.add(Attr.empty(LfsTag.DELETE, moveId));
                    if (moveId < id) {
                        id--;
                    }
                }
                fix.add(Attr.of(LfsTag.DIRSTRUCT, id, Le.pair(ldir.pair[0], ldir.pair[1])));
                int[] ppair = pdir.pair.clone();
                state = relocatingCommit(pdir, fix, false);
                if (state == RELOCATED) {
                    lpair = ppair;
                    ldir = pdir;
                    orphans = true;
                    continue;
                }
            }
            MetadataPair pred = fs.thread.findPred(lpair);
            if (pred != null) {
                if (fs.gstate.hasOrphans()) {
                    fs.gstate.prepOrphans(hasParent ? -1 : 0);
                }
                List<Attr> fix = new ArrayList<>();
                if (fs.gstate.hasMoveHere(pred.pair)) {
                    int moveId = LfsTag.id(fs.gstate.tag);
                    fs.gstate.prepMove(LfsTag.NO_ID, null);
                    fix.add(Attr.empty(LfsTag.DELETE, moveId));
                }
                fix.add(Attr.tail(pred.split, ldir.pair));
                lpair = pred.pair.clone();
                state = relocatingCommit(pred, fix, false);
                ldir = pred;
            }
        }
        return orphans ? ORPHANED : OK;
    }

    int relocatingCommit(MetadataPair dir, List<Attr> attrs, boolean allowDrop) throws StorageException {
        MetadataPair next = dir.copy();
        boolean hasDelete = false;
        for (Attr a : attrs) {
            next.apply(a.tag(), a.data());
            if (LfsTag.type3(a.tag()) == LfsTag.DELETE) {
                hasDelete = true;
            }
        }
        if (allowDrop && hasDelete && next.count() == 0) {
            MetadataPair pdir = fs.thread.findPred(dir.pair);
            if (pdir != null && pdir.split) {
                droppedPred = pdir;
                droppedView = next;
                return DROPPED;
            }
        }
        LfsConfig cfg = fs.cfg;
        if (dir.erased) {
            try {
                CommitWriter w = new CommitWriter(fs, dir.pair[0], dir.off, dir.etag, cfg.blockSize() - 8);
                for (Attr a : attrs) {
                    w.attr(a.tag(), a.data());
                }
                GlobalState delta = pendingDelta(true);
                if (!delta.isZero()) {
                    delta.xor(dir.ownDelta);
                    w.attr(LfsTag.make(LfsTag.MOVESTATE, LfsTag.NO_ID, 12), delta.toBytes());
                    next.ownDelta = delta;
                }
                w.finish();
                next.off = w.off;
                next.etag = w.ptag;
                next.erased = true;
                assign(dir, next);
                fs.gdisk = fs.gstate.copy();
                fs.gdelta = new GlobalState();
                return OK;
            } catch (StorageException e) {
                if (e.errno() != Errno.ENOSPC && e.errno() != Errno.ECORRUPT) {
                    throw e;
                }
            }
        }
        fs.pcache.reset();
        int state = splittingCompact(next, 0, next.count());
        assign(dir, next);
        return state;
    }

    /** gstate ^ gdisk ^ gdelta without the RAM-only orphan count and superblock bits. */
    private GlobalState pendingDelta(boolean includeGstate) {
        GlobalState delta = new GlobalState();
        if (includeGstate) {
            delta.xor(fs.gstate);
            delta.xor(fs.gdisk);
        }
        delta.xor(fs.gdelta);
        delta.tag &= ~LfsTag.make(0, 0, 0x3FF);
        return delta;
    }

    private void assign(MetadataPair dir, MetadataPair from) {
        dir.pair = from.pair;
        dir.rev = from.rev;
        dir.off = from.off;
        dir.etag = from.etag;
        dir.tail = from.tail;
        dir.split = from.split;
        dir.erased = from.erased;
        dir.ownDelta = from.ownDelta;
        dir.entries = from.entries;
        dir.hiddenId = fs.gdisk.hasMoveHere(dir.pair) ? LfsTag.id(fs.gdisk.tag) : -1;
    }

    int splittingCompact(MetadataPair dir, int begin, int end) throws StorageException {
        LfsConfig cfg = fs.cfg;
        int limit = Math.min(cfg.blockSize() - 40, LfsBlockIO.alignUp(cfg.blockSize() / 2, cfg.progSize()));
        while (true) {
            int split = begin;
            while (end - split > 1) {
                int size = 0;
                for (int id = split; id < end; id++) {
                    size += dir.entries.get(id).compactedSize();
                }
                if (end - split < 0xFF && size <= limit) {
                    break;
                }
                split = split + (end - split) / 2;
            }
            if (split == begin) {
                break;
            }
            try {
                splitInto(dir, split, end);
                end = split;
            } catch (StorageException e) {
                if (e.errno() != Errno.ENOSPC) {
                    throw e;
                }
                break;
            }
        }
        if (needsRelocation(dir) && MetadataPair.overlaps(dir.pair, SUPERBLOCK_PAIR)) {
            // the superblock pair cannot move: grow the superblock chain instead (cautiously, space permitting)
            int used = fs.thread.size();
            if (cfg.blockCount() - used > cfg.blockCount() / 8) {
                try {
                    // the new pair becomes the root; {0, 1} keeps a copy of the superblock entry (magic at 8)
                    splitInto(dir, begin, end);
                    end = begin + 1;
                } catch (StorageException e) {
                    if (e.errno() != Errno.ENOSPC) {
                        throw e;
                    }
                }
            }
        }
        return compact(dir, begin, end);
    }

    private void splitInto(MetadataPair dir, int split, int end) throws StorageException {
        MetadataPair tail = allocPair();
        tail.split = dir.split;
        tail.tail = dir.tail.clone();
        tail.entries = new ArrayList<>(dir.entries.subList(split, end));
        compact(tail, 0, end - split);
        dir.tail = tail.pair.clone();
        dir.split = true;
        if (MetadataPair.overlaps(dir.pair, fs.root) && split == 0) {
            fs.root = tail.pair.clone();
        }
    }

    /** lfs_dir_alloc: a new pair whose revision continues what block pair[0] held, aligned to the cycle modulus. */
    MetadataPair allocPair() throws StorageException {
        MetadataPair m = new MetadataPair();
        m.pair[1] = fs.allocator.alloc();
        m.pair[0] = fs.allocator.alloc();
        int rev = 0;
        try {
            rev = fs.io.readLe32(null, m.pair[0], 0);
        } catch (StorageException e) {
            // an unreadable block just starts from revision 0 (it is erased before use anyway)
            if (e.errno() != Errno.ECORRUPT && e.errno() != Errno.EIO) {
                throw e;
            }
        }
        if (fs.cfg.blockCycles() > 0) {
            int mod = (fs.cfg.blockCycles() + 1) | 1;
            int s = rev + (mod - 1);
            rev = s - Integer.remainderUnsigned(s, mod);
        }
        m.rev = rev;
        m.off = 4;
        m.etag = 0xFFFFFFFF;
        m.erased = false;
        return m;
    }

    private boolean needsRelocation(MetadataPair dir) {
        int cycles = fs.cfg.blockCycles();
        return cycles > 0 && Integer.remainderUnsigned(dir.rev + 1, (cycles + 1) | 1) == 0;
    }

    /** lfs_dir_compact: rewrite entries [begin, end) into pair[1], relocating when worn out or bad. */
    int compact(MetadataPair dir, int begin, int end) throws StorageException {
        LfsConfig cfg = fs.cfg;
        boolean relocated = false;
        boolean tired = needsRelocation(dir);
        dir.rev += 1;
        boolean relocate = tired && !MetadataPair.overlaps(dir.pair, SUPERBLOCK_PAIR);
        for (int attempt = 0; attempt <= cfg.blockCount() + 1; attempt++) {
            if (!relocate) {
                try {
                    CommitWriter w = new CommitWriter(fs, dir.pair[1], 0, 0xFFFFFFFF, cfg.blockSize() - 8);
                    fs.io.erase(dir.pair[1]);
                    byte[] rev = new byte[4];
                    Le.put32(rev, 0, dir.rev);
                    w.prog(rev, 0, 4);
                    writeEntries(w, dir.entries, begin, end);
                    if (!dir.isNullTail()) {
                        w.attr(LfsTag.make(LfsTag.TAIL + (dir.split ? 1 : 0), LfsTag.NO_ID, 8),
                                Le.pair(dir.tail[0], dir.tail[1]));
                    }
                    GlobalState delta = pendingDelta(!relocated);
                    delta.xor(dir.ownDelta);
                    if (!delta.isZero()) {
                        w.attr(LfsTag.make(LfsTag.MOVESTATE, LfsTag.NO_ID, 12), delta.toBytes());
                    }
                    w.finish();
                    int a = dir.pair[0];
                    dir.pair[0] = dir.pair[1];
                    dir.pair[1] = a;
                    dir.entries = new ArrayList<>(dir.entries.subList(begin, end));
                    dir.off = w.off;
                    dir.etag = w.ptag;
                    dir.erased = true;
                    dir.ownDelta = delta;
                    fs.gdelta = new GlobalState();
                    if (!relocated) {
                        fs.gdisk = fs.gstate.copy();
                    }
                    return relocated ? RELOCATED : OK;
                } catch (StorageException e) {
                    if (e.errno() != Errno.ECORRUPT) {
                        throw e;
                    }
                }
            }
            // bad block or worn out: move the half we were about to write somewhere else
            relocate = false;
            relocated = true;
            fs.pcache.reset();
            if (MetadataPair.overlaps(dir.pair, SUPERBLOCK_PAIR)) {
                throw new StorageException(Errno.ENOSPC, "superblock has become unwritable");
            }
            try {
                dir.pair[1] = fs.allocator.alloc();
            } catch (StorageException e) {
                if (e.errno() != Errno.ENOSPC || !tired) {
                    throw e;
                }
            }
            tired = false;
        }
        throw new StorageException(Errno.ENOSPC, "no good block for metadata");
    }

    /** The live tags of ids [begin, end), renumbered from 0, in the order they were last written. */
    private static void writeEntries(CommitWriter w, List<MetadataEntry> entries, int begin, int end)
            throws StorageException {
        List<long[]> order = new ArrayList<>();
        List<MetadataEntry.Written> tags = new ArrayList<>();
        for (int id = begin; id < end; id++) {
            for (MetadataEntry.Written t : entries.get(id).tagsInLogOrder()) {
                order.add(new long[] {t.seq(), tags.size(), id - begin});
                tags.add(t);
            }
        }
        order.sort((a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]));
        for (long[] o : order) {
            MetadataEntry.Written t = tags.get((int) o[1]);
            w.attr(LfsTag.make(t.type(), (int) o[2], t.data().length), t.data());
        }
    }
}
