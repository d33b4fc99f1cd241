package org.mpyjvm.runtime.littlefs;

import java.util.ArrayList;
import java.util.List;
import org.mpyjvm.runtime.Errno;
import org.mpyjvm.runtime.StorageException;

/**
 * Everything littlefs v1 writes to metadata. A v1 commit rewrites a whole block: erase the older block of the
 * pair, program header, the old entries with the changed regions spliced in, and the CRC, then read it back. The
 * newer block stays intact until the next commit, so a power cut loses at most the commit being made. A block
 * that fails (erase/program error, or a read-back mismatch) is swapped for a freshly allocated one and whoever
 * points at the pair is told (lfs1_relocate); the superblock pair {0, 1} cannot move.
 */
final class V1DirWriter {
    private static final int[] SUPERBLOCK_PAIR = {0, 1};

    /** Replace {@code oldLen} bytes at {@code oldOff} of the old block with {@code data} (lfs1_region). */
    record Region(int oldOff, int oldLen, byte[] data) {
    }

    /** Where an appended entry landed. */
    record Placed(V1Dir dir, V1Entry entry) {
    }

    /** Relocations nest (a moved pair rewrites its parent, which may move too): deeper than this is a bad device. */
    private static final int MAX_NESTED_RELOCATIONS = 64;

    private final V1Volume vol;
    private final LfsBlockIO io;
    private final int blockSize;
    private int relocating;

    V1DirWriter(V1Volume vol) {
        this.vol = vol;
        this.io = vol.io;
        this.blockSize = vol.cfg.blockSize();
    }

    /** lfs1_dir_alloc: two fresh blocks; the revision continues from whatever the first one held. */
    V1Dir alloc() throws StorageException {
        int a = vol.allocator.alloc();
        int b = vol.allocator.alloc();
        int rev = 0;
        try {
            rev = io.readLe32(null, a, 0);
        } catch (StorageException e) {
            if (e.errno() != Errno.ECORRUPT) {
                throw e;
            }
        }
        return new V1Dir(new int[] {a, b}, rev + 1, V1Dir.EMPTY, new int[] {-1, -1}, null);
    }

    /** lfs1_dir_commit. */
    void commit(V1Dir dir, List<Region> regions) throws StorageException {
        dir.rev += 1;
        dir.pair = new int[] {dir.pair[1], dir.pair[0]};
        int oldUsed = dir.used();
        long newUsed = oldUsed;
        for (Region r : regions) {
            newUsed += r.data().length - r.oldLen();
        }
        if (newUsed < V1Dir.EMPTY || newUsed > blockSize) {
            throw new StorageException(Errno.ECORRUPT, "v1 commit does not fit its block");
        }
        dir.size = (dir.size & V1Dir.CONTINUED) | (int) newUsed;
        int[] oldPair = dir.pair.clone();
        byte[] image = image(dir, regions, oldUsed, oldPair[1]);
        boolean relocated = false;
        for (int attempt = 0; ; attempt++) {
            try {
                program(dir.pair[0], image);
                break;
            } catch (StorageException e) {
                if (e.errno() != Errno.ECORRUPT) {
                    throw e;
                }
                vol.pcache.reset();
                if (V1Dir.overlaps(oldPair, SUPERBLOCK_PAIR)) {
                    throw new StorageException(Errno.ECORRUPT, "superblock has become unwritable");
                }
                if (attempt > vol.cfg.blockCount()) {
                    throw new StorageException(Errno.ENOSPC, "no good block for metadata");
                }
                dir.pair[0] = vol.allocator.alloc();
                relocated = true;
            }
        }
        dir.data = image;
        if (relocated) {
            vol.pairMoved(oldPair, dir.pair);
            if (relocating >= MAX_NESTED_RELOCATIONS) {
                throw new StorageException(Errno.ECORRUPT, "relocations do not settle");
            }
            relocating++;
            try {
                relocate(oldPair, dir.pair);
            } finally {
                relocating--;
            }
        }
    }

    /** The new block's bytes: header, old entries with the regions applied, CRC. */
    private byte[] image(V1Dir dir, List<Region> regions, int oldUsed, int source) throws StorageException {
        int newUsed = dir.used();
        byte[] out = new byte[newUsed];
        Le.put32(out, 0, dir.rev);
        Le.put32(out, 4, dir.size);
        Le.put32(out, 8, dir.tail[0]);
        Le.put32(out, 12, dir.tail[1]);
        byte[] old = null;
        int oldOff = V1Dir.HEADER;
        int newOff = V1Dir.HEADER;
        int i = 0;
        while (newOff < newUsed - 4) {
            if (i < regions.size() && regions.get(i).oldOff() == oldOff) {
                Region r = regions.get(i++);
                if (newOff + r.data().length > newUsed - 4) {
                    throw new StorageException(Errno.ECORRUPT, "v1 commit region outside its block");
                }
                System.arraycopy(r.data(), 0, out, newOff, r.data().length);
                oldOff += r.oldLen();
                newOff += r.data().length;
                continue;
            }
            if (old == null) {
                old = new byte[oldUsed];
                io.read(null, source, 0, old, 0, oldUsed);
            }
            if (oldOff >= oldUsed - 4) {
                throw new StorageException(Errno.ECORRUPT, "v1 commit region outside its block");
            }
            out[newOff++] = old[oldOff++];
        }
        Le.put32(out, newUsed - 4, LfsCrc.update(0xFFFFFFFF, out, 0, newUsed - 4));
        return out;
    }

    /** Erase, program, sync and check the CRC of what the block now holds; 84 means "relocate". */
    private void program(int block, byte[] image) throws StorageException {
        int n = image.length - 4;
        io.erase(block);
        io.prog(vol.pcache, false, block, 0, image, 0, image.length);
        io.sync(vol.pcache);
        byte[] back = new byte[n];
        io.readBack(block, 0, back, 0, n);
        if (LfsCrc.update(0xFFFFFFFF, back, 0, n) != Le.get32(image, n)) {
            throw new StorageException(Errno.ECORRUPT, "v1 commit did not stick in block " + block);
        }
    }

    /** lfs1_relocate: the parent entry (or, for a new or continued block, the thread predecessor) follows. */
    private void relocate(int[] oldPair, int[] newPair) throws StorageException {
        if (V1Dir.isNull(vol.root)) {
            // formatting: nothing points at any pair yet
            return;
        }
        V1DirReader.Parent parent = vol.reader.parent(oldPair);
        if (parent != null) {
            // the parent now names the new pair while the thread still holds the old one: deorphan resyncs it
            update(parent.dir(), parent.entry().withStruct(newPair[0], newPair[1]), null);
            if (V1Dir.overlaps(oldPair, vol.root)) {
                vol.root = newPair.clone();
            }
            new V1Repair(vol).deorphan();
            return;
        }
        V1Dir pred = vol.reader.pred(oldPair);
        if (pred != null) {
            pred.tail = newPair.clone();
            commit(pred, List.of());
        }
    }

    /** lfs1_dir_update: rewrite an entry's 12 fixed bytes, and its name when given (same length). */
    void update(V1Dir dir, V1Entry entry, byte[] name) throws StorageException {
        List<Region> regions = new ArrayList<>();
        regions.add(new Region(entry.off(), V1Entry.HEADER, entry.header()));
        if (name != null) {
            regions.add(new Region(entry.off() + 4 + entry.elen() + entry.alen(), entry.nlen(), name));
        }
        commit(dir, regions);
    }

    /**
     * lfs1_dir_append: at the end of the directory's last block, or in a new block chained after it when the
     * entry does not fit (the old block gets the "continued" bit and the new pair as tail).
     */
    Placed append(V1Dir dir, V1Entry entry) throws StorageException {
        for (int steps = 0; steps <= vol.cfg.blockCount(); steps++) {
            if (Integer.toUnsignedLong(dir.size) + entry.size() <= blockSize) {
                int off = dir.used() - 4;
                commit(dir, List.of(new Region(off, 0, entry.header()), new Region(off, 0, entry.name())));
                return new Placed(dir, entry.at(off));
            }
            if (!dir.continued()) {
                V1Dir old = dir.copy();
                V1Dir fresh = alloc();
                fresh.tail = old.tail.clone();
                int off = fresh.used() - 4;
                commit(fresh, List.of(new Region(off, 0, entry.header()), new Region(off, 0, entry.name())));
                old.size |= V1Dir.CONTINUED;
                old.tail = fresh.pair.clone();
                commit(old, List.of());
                return new Placed(fresh, entry.at(off));
            }
            dir = vol.reader.fetch(dir.tail);
        }
        throw new StorageException(Errno.ECORRUPT, "cycle in v1 directory");
    }

    /**
     * lfs1_dir_remove: shift the entry out; when it is the only entry of a continuation block, unlink the block
     * from its predecessor instead. Open files of later entries in the block follow the shift.
     */
    void remove(V1Dir dir, V1Entry entry) throws StorageException {
        if (dir.used() == V1Dir.EMPTY + entry.size()) {
            V1Dir pdir = vol.reader.pred(dir.pair);
            if (pdir != null && pdir.continued()) {
                pdir.size &= dir.size | 0x7FFFFFFF;
                pdir.tail = dir.tail.clone();
                commit(pdir, List.of());
                vol.entryRemoved(dir.pair, entry.off(), 0);
                return;
            }
        }
        commit(dir, List.of(new Region(entry.off(), entry.size(), new byte[0])));
        vol.entryRemoved(dir.pair, entry.off(), entry.size());
    }
}
