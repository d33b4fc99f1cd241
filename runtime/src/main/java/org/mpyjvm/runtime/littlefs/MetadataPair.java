package org.mpyjvm.runtime.littlefs;

import java.util.ArrayList;
import java.util.List;
import org.mpyjvm.runtime.Errno;
import org.mpyjvm.runtime.StorageException;

/**
 * A littlefs metadata pair as read from disk ({@code lfs_mdir_t} plus the replayed log).
 *
 * <p>Layout of each of the two blocks: {@code u32 revision (LE)}, then commits. A commit is a run of entries
 * (big-endian tag XOR-ed with the previous tag, then data) closed by a CCRC entry whose CRC covers everything since
 * the previous CCRC (the revision too, for the first commit). The block with the newer revision (sequence
 * comparison) is read first; if it holds no valid commit the other one is used. After the last valid commit an
 * FCRC entry (v2.1) records the CRC of the next prog unit as erased: only when it still matches may a writer append
 * to this block, otherwise the next commit compacts into the other block.
 */
final class MetadataPair {
    static final int NULL = -1;

    /** pair[0] is the active block (newest revision), pair[1] the one the next compaction erases. */
    int[] pair = new int[2];
    int rev;
    int off;
    int etag;
    int[] tail = {NULL, NULL};
    boolean split;
    boolean erased;
    /** This pair's own MOVESTATE (its contribution to the global state). */
    GlobalState ownDelta = new GlobalState();
    List<MetadataEntry> entries = new ArrayList<>();
    /** The raw id hidden by a pending move whose source is this pair, or -1. */
    int hiddenId = -1;
    /** Counts replayed tags (see {@link MetadataEntry#nameSeq}). */
    long seq;

    int count() {
        return entries.size();
    }

    boolean isNullTail() {
        return tail[0] == NULL || tail[1] == NULL;
    }

    MetadataPair copy() {
        MetadataPair m = new MetadataPair();
        m.pair = pair.clone();
        m.rev = rev;
        m.off = off;
        m.etag = etag;
        m.tail = tail.clone();
        m.split = split;
        m.erased = erased;
        m.ownDelta = ownDelta.copy();
        m.entries = new ArrayList<>(entries.size());
        for (MetadataEntry e : entries) {
            m.entries.add(e.copy());
        }
        m.hiddenId = hiddenId;
        m.seq = seq;
        return m;
    }

    /** littlefs's lfs_pair_cmp == 0: the two pairs share a block. */
    static boolean overlaps(int[] a, int[] b) {
        return a[0] == b[0] || a[1] == b[1] || a[0] == b[1] || a[1] == b[0];
    }

    static boolean isSync(int[] a, int[] b) {
        return (a[0] == b[0] && a[1] == b[1]) || (a[0] == b[1] && a[1] == b[0]);
    }

    static boolean isNull(int[] p) {
        return p[0] == NULL || p[1] == NULL;
    }

    /** Sequence comparison of revision counts: positive when {@code a} is newer. */
    static int scmp(int a, int b) {
        return a - b;
    }

    /** Reads a pair and replays its log up to the last valid commit. */
    static MetadataPair fetch(LittleFs fs, int[] blocks) throws StorageException {
        LfsBlockIO io = fs.io;
        int blockCount = io.config().blockCount();
        if (blocks[0] < 0 || blocks[0] >= blockCount || blocks[1] < 0 || blocks[1] >= blockCount) {
            throw new StorageException(Errno.ECORRUPT, "metadata pair out of range");
        }
        int[] revs = new int[2];
        boolean[] readable = {true, true};
        for (int i = 0; i < 2; i++) {
            try {
                revs[i] = io.readLe32(null, blocks[i], 0);
            } catch (StorageException e) {
                // like lfs_dir_fetchmatch: a corrupt block counts as holding no commit (the other copy may still
                // be good), any other device error (a Python device's -5 is EIO) is the caller's error
                if (e.errno() != Errno.ECORRUPT) {
                    throw e;
                }
                readable[i] = false;
            }
        }
        int r = readable[1] && (!readable[0] || scmp(revs[1], revs[0]) > 0) ? 1 : 0;
        for (int attempt = 0; attempt < 2; attempt++) {
            int active = blocks[(r + attempt) % 2];
            int other = blocks[(r + attempt + 1) % 2];
            if (!readable[(r + attempt) % 2]) {
                continue;
            }
            MetadataPair m;
            try {
                m = parse(fs, active, revs[(r + attempt) % 2]);
            } catch (StorageException e) {
                if (e.errno() != Errno.ECORRUPT) {
                    throw e;
                }
                m = null;
            }
            if (m != null) {
                m.pair[0] = active;
                m.pair[1] = other;
                if (fs.gdisk.hasMoveHere(m.pair)) {
                    m.hiddenId = LfsTag.id(fs.gdisk.tag);
                }
                return m;
            }
        }
        throw new StorageException(Errno.ECORRUPT, "corrupted dir pair at {" + blocks[0] + ", " + blocks[1] + "}");
    }

    private static MetadataPair parse(LittleFs fs, int block, int rev) throws StorageException {
        LfsConfig cfg = fs.io.config();
        int blockSize = cfg.blockSize();
        byte[] buf = fs.io.readBlock(block);
        int crc = LfsCrc.updateLe32(0xFFFFFFFF, rev);
        int ptag = 0xFFFFFFFF;
        int off = 0;
        int[] tagList = new int[64];
        int[] offList = new int[64];
        int n = 0;
        int validN = -1;
        int validOff = 0;
        int validEtag = 0;
        boolean maybeErased = false;
        boolean hasFcrc = false;
        int fcrcSize = 0;
        int fcrcCrc = 0;
        while (true) {
            off += LfsTag.dsize(ptag);
            if (off + 4 > blockSize) {
                break;
            }
            int raw = Le.getBe32(buf, off);
            crc = LfsCrc.updateBe32(crc, raw);
            int tag = raw ^ ptag;
            if (!LfsTag.isValid(tag)) {
                maybeErased = LfsTag.type2(ptag) == LfsTag.CCRC;
                break;
            }
            if (off + LfsTag.dsize(tag) > blockSize) {
                break;
            }
            ptag = tag;
            if (LfsTag.type2(tag) == LfsTag.CCRC) {
                if (off + 8 > blockSize) {
                    break;
                }
                int dcrc = Le.get32(buf, off + 4);
                if (crc != dcrc) {
                    break;
                }
                ptag ^= (LfsTag.chunk(tag) & 1) << 31;
                fs.seed = LfsCrc.updateLe32(fs.seed, crc);
                validN = n;
                validOff = off + LfsTag.dsize(tag);
                validEtag = ptag;
                crc = 0xFFFFFFFF;
                continue;
            }
            crc = LfsCrc.update(crc, buf, off + 4, LfsTag.dsize(tag) - 4);
            if (n == tagList.length) {
                tagList = java.util.Arrays.copyOf(tagList, n * 2);
                offList = java.util.Arrays.copyOf(offList, n * 2);
            }
            tagList[n] = tag;
            offList[n] = off + 4;
            n++;
            if (LfsTag.type3(tag) == LfsTag.FCRC && LfsTag.size(tag) >= 8) {
                fcrcSize = Le.get32(buf, off + 4);
                fcrcCrc = Le.get32(buf, off + 8);
                hasFcrc = true;
            }
        }
        if (validN < 0) {
            return null;
        }
        MetadataPair m = new MetadataPair();
        m.rev = rev;
        m.off = validOff;
        m.etag = validEtag;
        for (int i = 0; i < validN; i++) {
            int tag = tagList[i];
            int size = LfsTag.isDelete(tag) ? 0 : LfsTag.size(tag);
            byte[] data = java.util.Arrays.copyOfRange(buf, offList[i], offList[i] + size);
            m.apply(tag, data);
        }
        m.erased = false;
        if (maybeErased && validOff % cfg.progSize() == 0 && hasFcrc) {
            // the space after the last commit may be appended to only if it still reads as erased
            if (fcrcSize >= 0 && fcrcSize <= blockSize - validOff) {
                m.erased = LfsCrc.update(0xFFFFFFFF, buf, validOff, fcrcSize) == fcrcCrc;
            }
        }
        return m;
    }

    /** Replays one tag onto the view (also used for new commits before they are written). */
    void apply(int tag, byte[] data) throws StorageException {
        int type3 = LfsTag.type3(tag);
        int type1 = LfsTag.type1(tag);
        int id = LfsTag.id(tag);
        long now = ++seq;
        if (type1 == LfsTag.NAME) {
            if (id == LfsTag.NO_ID) {
                return;
            }
            while (entries.size() <= id) {
                entries.add(new MetadataEntry());
            }
            MetadataEntry e = entries.get(id);
            e.nameType = type3;
            e.name = data;
            e.nameSeq = now;
        } else if (type3 == LfsTag.CREATE) {
            if (id > entries.size()) {
                throw corrupt("create of id " + id + " beyond " + entries.size());
            }
            entries.add(id, new MetadataEntry());
        } else if (type3 == LfsTag.DELETE) {
            if (id >= entries.size()) {
                throw corrupt("delete of missing id " + id);
            }
            entries.remove(id);
        } else if (type1 == LfsTag.STRUCT || type1 == LfsTag.USERATTR) {
            if (id == LfsTag.NO_ID) {
                return;
            }
            if (id >= entries.size()) {
                throw corrupt("attribute for missing id " + id);
            }
            MetadataEntry e = entries.get(id);
            if (type1 == LfsTag.STRUCT) {
                e.structType = LfsTag.isDelete(tag) ? -1 : type3;
                e.struct = LfsTag.isDelete(tag) ? null : data;
                e.structSeq = now;
            } else if (LfsTag.isDelete(tag)) {
                e.attrs.remove(LfsTag.chunk(tag));
                e.attrSeqs.remove(LfsTag.chunk(tag));
            } else {
                e.attrs.put(LfsTag.chunk(tag), data);
                e.attrSeqs.put(LfsTag.chunk(tag), now);
            }
        } else if (type1 == LfsTag.TAIL) {
            if (data.length < 8) {
                throw corrupt("short tail");
            }
            tail = new int[] {Le.get32(data, 0), Le.get32(data, 4)};
            split = (LfsTag.chunk(tag) & 1) != 0;
        } else if (type3 == LfsTag.MOVESTATE) {
            if (data.length < 12) {
                throw corrupt("short move state");
            }
            ownDelta = GlobalState.fromBytes(data);
        }
    }

    /** The visible entry with this name, or -1; ids hidden by a pending move are skipped. */
    int find(byte[] name) {
        for (int id = 0; id < entries.size(); id++) {
            MetadataEntry e = entries.get(id);
            if (id != hiddenId && (e.nameType == LfsTag.REG || e.nameType == LfsTag.DIR)
                    && compareNames(e.name, name) == 0) {
                return id;
            }
        }
        return -1;
    }

    /** Where a new name goes: the first id whose name sorts after it, or -1 if none does. */
    int insertionPoint(byte[] name) {
        for (int id = 0; id < entries.size(); id++) {
            MetadataEntry e = entries.get(id);
            if (id != hiddenId && (e.nameType == LfsTag.REG || e.nameType == LfsTag.DIR)
                    && compareNames(e.name, name) > 0) {
                return id;
            }
        }
        return -1;
    }

    static int compareNames(byte[] a, byte[] b) {
        int n = Math.min(a.length, b.length);
        for (int i = 0; i < n; i++) {
            int c = (a[i] & 0xFF) - (b[i] & 0xFF);
            if (c != 0) {
                return c;
            }
        }
        return a.length - b.length;
    }

    /** The child directory pair of a DIRSTRUCT entry. */
    int[] dirPair(int id) throws StorageException {
        MetadataEntry e = entries.get(id);
        if (e.structType != LfsTag.DIRSTRUCT || e.struct == null || e.struct.length < 8) {
            throw corrupt("directory without a valid dir struct");
        }
        return new int[] {Le.get32(e.struct, 0), Le.get32(e.struct, 4)};
    }

    static StorageException corrupt(String why) {
        return new StorageException(Errno.ECORRUPT, why);
    }
}
