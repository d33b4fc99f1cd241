package org.mpyjvm.runtime.littlefs;

import java.util.List;
import org.mpyjvm.runtime.Errno;
import org.mpyjvm.runtime.StorageException;

/**
 * lfs1_deorphan, run before the first write after mount and after a relocation. A power cut can leave three kinds
 * of damage, each visible on disk: an orphan (a directory pair still in the thread whose parent entry is gone, from
 * a cut inside remove), a desync (the parent names a relocated pair the thread does not), and a half-done rename
 * (an entry flagged 0x80: dropped when its copy exists, unflagged when not).
 *
 * <p>Deviation: upstream stops after the first orphan or desync it fixes; here the scan starts over until nothing
 * is left to fix, so a rename cut short next to an orphan is finished in the same pass.
 */
final class V1Repair {
    private final V1Volume vol;

    V1Repair(V1Volume vol) {
        this.vol = vol;
    }

    void deorphan() throws StorageException {
        vol.deorphaned = true;
        if (V1Dir.isNull(vol.root)) {
            return;
        }
        for (int round = 0; round <= vol.cfg.blockCount(); round++) {
            if (!repairOne()) {
                return;
            }
        }
        throw new StorageException(Errno.ECORRUPT, "v1 metadata keeps needing repair");
    }

    /** Fixes the first problem found in thread order; false when there was none. */
    private boolean repairOne() throws StorageException {
        V1Dir pdir = null;
        int[] pair = {0, 1};
        for (int steps = 0; steps <= vol.cfg.blockCount(); steps++) {
            V1Dir cwd = vol.reader.fetch(pair);
            if (pdir != null && !pdir.continued()) {
                // cwd starts a directory: something must point at it
                V1DirReader.Parent parent = vol.reader.parent(pdir.tail);
                if (parent == null) {
                    pdir.tail = cwd.tail.clone();
                    vol.writer.commit(pdir, List.of());
                    return true;
                }
                if (!V1Dir.same(parent.entry().pair(), pdir.tail)) {
                    pdir.tail = parent.entry().pair();
                    vol.writer.commit(pdir, List.of());
                    return true;
                }
            }
            for (V1Entry e : vol.reader.entries(cwd)) {
                if (e.moving()) {
                    if (vol.reader.moved(e)) {
                        vol.writer.remove(cwd, e);
                    } else {
                        vol.writer.update(cwd, e.withType(e.type() & ~V1Entry.MOVING), null);
                    }
                    return true;
                }
            }
            if (V1Dir.isNull(cwd.tail)) {
                return false;
            }
            pdir = cwd;
            pair = cwd.tail;
        }
        throw new StorageException(Errno.ECORRUPT, "cycle in v1 metadata");
    }
}
