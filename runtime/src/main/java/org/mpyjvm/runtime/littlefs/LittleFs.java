package org.mpyjvm.runtime.littlefs;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.mpyjvm.runtime.Errno;
import org.mpyjvm.runtime.StorageException;
import org.mpyjvm.runtime.blockdev.BlockDevice;

/**
 * littlefs v2 (on-disk version 2.1; 2.0 images are read and upgraded on first write), written from
 * littlefs-project/littlefs SPEC.md and DESIGN.md.
 *
 * <p>Everything lives in metadata pairs (see {@link MetadataPair}) threaded into one list from the superblock pair
 * {0, 1}: directories are chains of pairs joined by hard tails, linked to the next directory by soft tails. A
 * directory entry holds its name, a struct (child pair, inline data or CTZ list, see {@link CtzList}) and user
 * attributes. Every change is one atomic commit; multi-commit operations (rename across pairs, mkdir in a split
 * directory, removing a directory, relocation) record their progress in the global state so that a power loss in
 * between is repaired before the next write.
 *
 * <p>Paths given to this class are absolute, '/'-separated, already relative to the filesystem root.
 */
public final class LittleFs {
    public static final int DISK_VERSION = 0x00020001;
    static final byte[] MAGIC = "littlefs".getBytes(StandardCharsets.US_ASCII);

    final LfsConfig cfg;
    final LfsBlockIO io;
    final ProgCache pcache;
    final LfsAllocator allocator;
    final MetadataWriter writer;
    final MetadataThread thread;
    int[] root = {0, 1};
    int seed;
    GlobalState gstate = new GlobalState();
    GlobalState gdisk = new GlobalState();
    GlobalState gdelta = new GlobalState();
    int nameMax;
    int fileMax;
    int attrMax;
    int inlineMax;
    final List<LfsFile> openFiles = new ArrayList<>();

    private LittleFs(BlockDevice dev, LfsConfig cfg) {
        this.cfg = cfg;
        this.io = new LfsBlockIO(dev, cfg);
        this.pcache = new ProgCache(cfg.cacheSize());
        this.allocator = new LfsAllocator(this::markUsed, cfg.blockCount(), cfg.lookaheadSize());
        this.writer = new MetadataWriter(this);
        this.thread = new MetadataThread(this);
        this.nameMax = cfg.nameMax();
        this.fileMax = cfg.fileMax();
        this.attrMax = cfg.attrMax();
        this.inlineMax = cfg.inlineMax();
    }

    /** The allocator's view: the thread, plus the whole tree while an orphan may hide blocks from it. */
    private void markUsed(CtzList.BlockVisitor mark) throws StorageException {
        thread.traverse(mark, true);
        if (gstate.hasOrphans()) {
            thread.traverseTree(mark);
        }
    }

    public LfsConfig config() {
        return cfg;
    }

    /** lfs_format: superblock pair at blocks {0, 1}, written twice so both blocks hold it. */
    public static void format(BlockDevice dev, LfsConfig cfg) throws StorageException {
        if (cfg.blockCount() < 2) {
            throw new StorageException(Errno.ENOSPC, "a littlefs needs at least 2 blocks");
        }
        LittleFs fs = new LittleFs(dev, cfg);
        fs.allocator.startEmpty();
        MetadataPair root = fs.writer.allocPair();
        byte[] sb = fs.superblockRecord();
        fs.writer.commit(root, List.of(Attr.empty(LfsTag.CREATE, 0), Attr.of(LfsTag.SUPERBLOCK, 0, MAGIC),
                Attr.of(LfsTag.INLINESTRUCT, 0, sb)));
        // a second compaction so that no older filesystem on the other block can be mounted by mistake
        root.erased = false;
        fs.writer.commit(root, List.of());
        MetadataPair.fetch(fs, new int[] {0, 1});
    }

    /** lfs_mount: walk the metadata thread, find the superblock(s) and the global state. */
    public static LittleFs mount(BlockDevice dev, LfsConfig cfg) throws StorageException {
        LittleFs fs = new LittleFs(dev, cfg);
        int[] tail = {0, 1};
        boolean found = false;
        int steps = 0;
        while (!MetadataPair.isNull(tail)) {
            if (++steps > cfg.blockCount()) {
                throw new StorageException(Errno.ECORRUPT, "cycle in metadata thread");
            }
            MetadataPair dir = MetadataPair.fetch(fs, tail);
            if (dir.count() > 0) {
                MetadataEntry e = dir.entries.get(0);
                if (e.nameType == LfsTag.SUPERBLOCK && e.name != null
                        && java.util.Arrays.equals(e.name, MAGIC)) {
                    fs.root = dir.pair.clone();
                    fs.readSuperblock(e);
                    found = true;
                }
            }
            fs.gstate.xor(dir.ownDelta);
            tail = dir.tail.clone();
        }
        if (!found) {
            throw new StorageException(Errno.ECORRUPT, "no littlefs superblock");
        }
        // "has orphans" is the only orphan information on disk: count it as one to force a scan
        if (!LfsTag.isValid(fs.gstate.tag)) {
            fs.gstate.tag += 1;
        }
        fs.gdisk = fs.gstate.copy();
        fs.allocator.startAt(fs.seed);
        return fs;
    }

    /** The superblock's inline record: version 2.1, geometry and the name/file/attr limits. */
    byte[] superblockRecord() {
        byte[] sb = new byte[24];
        Le.put32(sb, 0, DISK_VERSION);
        Le.put32(sb, 4, cfg.blockSize());
        Le.put32(sb, 8, cfg.blockCount());
        Le.put32(sb, 12, nameMax);
        Le.put32(sb, 16, fileMax);
        Le.put32(sb, 20, attrMax);
        return sb;
    }

    private void readSuperblock(MetadataEntry e) throws StorageException {
        if (e.structType != LfsTag.INLINESTRUCT || e.struct == null || e.struct.length < 24) {
            throw new StorageException(Errno.ECORRUPT, "superblock record missing");
        }
        byte[] sb = e.struct;
        int version = Le.get32(sb, 0);
        int major = version >>> 16;
        int minor = version & 0xFFFF;
        if (major != (DISK_VERSION >>> 16) || minor > (DISK_VERSION & 0xFFFF)) {
            throw new StorageException(Errno.EINVAL, "unsupported littlefs version " + major + "." + minor);
        }
        if (minor < (DISK_VERSION & 0xFFFF)) {
            gstate.prepSuperblock(true);
        }
        int sbNameMax = Le.get32(sb, 12);
        int sbFileMax = Le.get32(sb, 16);
        int sbAttrMax = Le.get32(sb, 20);
        if (sbNameMax != 0) {
            if (Integer.compareUnsigned(sbNameMax, nameMax) > 0) {
                throw new StorageException(Errno.EINVAL, "name_max too large");
            }
            nameMax = sbNameMax;
        }
        if (sbFileMax != 0) {
            if (Integer.compareUnsigned(sbFileMax, fileMax) > 0) {
                throw new StorageException(Errno.EINVAL, "file_max too large");
            }
            fileMax = sbFileMax;
        }
        if (sbAttrMax != 0) {
            if (Integer.compareUnsigned(sbAttrMax, attrMax) > 0) {
                throw new StorageException(Errno.EINVAL, "attr_max too large");
            }
            attrMax = sbAttrMax;
            inlineMax = Math.min(inlineMax, attrMax);
        }
        if (Le.get32(sb, 8) != cfg.blockCount()) {
            throw new StorageException(Errno.EINVAL, "block count mismatch");
        }
        if (Le.get32(sb, 4) != cfg.blockSize()) {
            throw new StorageException(Errno.EINVAL, "block size mismatch");
        }
    }

    // ------------------------------------------------------------------ paths

    /** Splits an absolute path into names; '.' and empty parts vanish, '..' removes the previous name. */
    static List<byte[]> split(String path) throws StorageException {
        List<byte[]> out = new ArrayList<>();
        for (String part : path.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (!out.isEmpty()) {
                    out.remove(out.size() - 1);
                }
                continue;
            }
            out.add(part.getBytes(StandardCharsets.UTF_8));
        }
        return out;
    }

    /** Where a path leads: an existing entry (found) or the slot a new last name would take. */
    record Lookup(MetadataPair dir, int id, int type, boolean found) {
        boolean isRoot() {
            return found && id == LfsTag.NO_ID;
        }
    }

    record ParentRef(MetadataPair dir, int id) {
    }

    Lookup find(List<byte[]> names) throws StorageException {
        MetadataPair dir = null;
        int id = LfsTag.NO_ID;
        int type = LfsTag.DIR;
        for (int i = 0; i < names.size(); i++) {
            byte[] name = names.get(i);
            if (type != LfsTag.DIR) {
                throw new StorageException(Errno.ENOTDIR);
            }
            int[] pair = id == LfsTag.NO_ID ? root.clone() : dir.dirPair(id);
            int steps = 0;
            while (true) {
                if (++steps > cfg.blockCount()) {
                    throw new StorageException(Errno.ECORRUPT, "cycle in directory");
                }
                MetadataPair m = MetadataPair.fetch(this, pair);
                int fid = m.find(name);
                if (fid >= 0) {
                    dir = m;
                    id = fid;
                    type = m.entries.get(fid).nameType;
                    break;
                }
                int ins = m.insertionPoint(name);
                if (ins >= 0 || !m.split) {
                    if (i == names.size() - 1) {
                        return new Lookup(m, ins >= 0 ? ins : m.count(), 0, false);
                    }
                    throw new StorageException(Errno.ENOENT);
                }
                pair = m.tail.clone();
            }
        }
        return new Lookup(dir, id, type, true);
    }

    /** stat / ilistdir record. {@code mtime} is the raw user attribute 0x01, or null. */
    public record Info(String name, boolean isDir, long size, byte[] mtime) {
    }

    public Info stat(String path) throws StorageException {
        List<byte[]> names = split(path);
        Lookup l = find(names);
        if (!l.found()) {
            throw new StorageException(Errno.ENOENT);
        }
        if (l.isRoot()) {
            return new Info("/", true, 0, null);
        }
        return info(l.dir().entries.get(l.id()));
    }

    private Info info(MetadataEntry e) throws StorageException {
        String name = new String(e.name, StandardCharsets.UTF_8);
        long size = 0;
        if (e.structType == LfsTag.CTZSTRUCT && e.struct != null && e.struct.length >= 8) {
            size = Integer.toUnsignedLong(Le.get32(e.struct, 4));
        } else if (e.structType == LfsTag.INLINESTRUCT && e.struct != null) {
            size = e.struct.length;
        }
        if (e.name == null) {
            throw new StorageException(Errno.ECORRUPT, "entry without a name");
        }
        return new Info(name, e.isDir(), e.isDir() ? 0 : size, e.attrs.get(1));
    }

    /** Directory listing in littlefs order (by name within each pair of the directory). */
    public List<Info> list(String path) throws StorageException {
        int[] pair = dirPairOf(split(path));
        List<Info> out = new ArrayList<>();
        int steps = 0;
        while (true) {
            if (++steps > cfg.blockCount()) {
                throw new StorageException(Errno.ECORRUPT, "cycle in directory");
            }
            MetadataPair m = MetadataPair.fetch(this, pair);
            for (int id = 0; id < m.count(); id++) {
                MetadataEntry e = m.entries.get(id);
                if (id != m.hiddenId && (e.nameType == LfsTag.REG || e.nameType == LfsTag.DIR) && e.name != null) {
                    out.add(info(e));
                }
            }
            if (!m.split) {
                return out;
            }
            pair = m.tail.clone();
        }
    }

    private int[] dirPairOf(List<byte[]> names) throws StorageException {
        Lookup l = find(names);
        if (!l.found()) {
            throw new StorageException(Errno.ENOENT);
        }
        if (l.isRoot()) {
            return root.clone();
        }
        if (l.type() != LfsTag.DIR) {
            throw new StorageException(Errno.ENOTDIR);
        }
        return l.dir().dirPair(l.id());
    }

    // ------------------------------------------------------------------ directory operations

    public void mkdir(String path) throws StorageException {
        thread.forceConsistency();
        List<byte[]> names = split(path);
        Lookup cwd = names.isEmpty() ? null : find(names);
        if (cwd == null || cwd.found()) {
            throw new StorageException(Errno.EEXIST);
        }
        byte[] name = names.get(names.size() - 1);
        if (name.length > nameMax) {
            throw new StorageException(Errno.ENAMETOOLONG);
        }
        allocator.checkpoint();
        MetadataPair dir = writer.allocPair();
        MetadataPair parent = cwd.dir();
        MetadataPair pred = parent;
        int steps = 0;
        while (pred.split) {
            if (++steps > cfg.blockCount()) {
                throw new StorageException(Errno.ECORRUPT, "cycle in directory");
            }
            pred = MetadataPair.fetch(this, pred.tail);
        }
        writer.commit(dir, List.of(Attr.tail(false, pred.tail)));
        if (parent.split) {
            // the new pair goes after the directory's last pair, which is not where its entry lives
            gstate.prepOrphans(+1);
            writer.commit(pred, List.of(Attr.tail(false, dir.pair)));
            gstate.prepOrphans(-1);
        }
        Lookup slot = find(names);
        parent = slot.dir();
        int id = slot.id();
        List<Attr> attrs = new ArrayList<>();
        attrs.add(Attr.empty(LfsTag.CREATE, id));
        attrs.add(Attr.of(LfsTag.DIR, id, name));
        attrs.add(Attr.of(LfsTag.DIRSTRUCT, id, Le.pair(dir.pair[0], dir.pair[1])));
        if (!parent.split) {
            attrs.add(Attr.tail(false, dir.pair));
        }
        writer.commit(parent, attrs);
    }

    /** lfs_remove: files, and directories when empty. */
    public void remove(String path) throws StorageException {
        thread.forceConsistency();
        List<byte[]> names = split(path);
        Lookup l = find(names);
        if (!l.found()) {
            throw new StorageException(Errno.ENOENT);
        }
        if (l.isRoot()) {
            throw new StorageException(Errno.EINVAL);
        }
        allocator.checkpoint();
        MetadataPair child = null;
        if (l.type() == LfsTag.DIR) {
            child = MetadataPair.fetch(this, l.dir().dirPair(l.id()));
            if (child.count() > 0 || child.split) {
                throw new StorageException(Errno.ENOTEMPTY);
            }
            gstate.prepOrphans(+1);
        }
        writer.commit(l.dir(), List.of(Attr.empty(LfsTag.DELETE, l.id())));
        for (LfsFile f : openFiles) {
            f.pathChanged(names, null, true);
        }
        if (child != null) {
            gstate.prepOrphans(-1);
            dropFromThread(child);
        }
    }

    /** Unlinks an emptied directory pair from the metadata thread (its predecessor takes over its tail). */
    private void dropFromThread(MetadataPair child) throws StorageException {
        MetadataPair pred = thread.findPred(child.pair);
        if (pred == null) {
            throw new StorageException(Errno.ECORRUPT, "removed directory is not in the metadata thread");
        }
        gdelta.xor(child.ownDelta);
        writer.commit(pred, List.of(Attr.tail(child.split, child.tail)));
    }

    /** lfs_rename: atomic, replaces an existing file or empty directory of the same kind. */
    public void rename(String oldPath, String newPath) throws StorageException {
        thread.forceConsistency();
        List<byte[]> oldNames = split(oldPath);
        List<byte[]> newNames = split(newPath);
        Lookup old = find(oldNames);
        if (!old.found()) {
            throw new StorageException(Errno.ENOENT);
        }
        if (old.isRoot()) {
            throw new StorageException(Errno.EINVAL);
        }
        if (newNames.isEmpty()) {
            throw new StorageException(Errno.EINVAL);
        }
        if (old.type() == LfsTag.DIR && newNames.size() > oldNames.size() && isPrefix(oldNames, newNames)) {
            // moving a directory below itself would cut it off from the tree
            throw new StorageException(Errno.EINVAL);
        }
        Lookup prev = find(newNames);
        if (prev.isRoot()) {
            throw new StorageException(Errno.EINVAL);
        }
        allocator.checkpoint();
        MetadataPair newDir = prev.dir();
        int newId = prev.id();
        boolean samePair = MetadataPair.overlaps(old.dir().pair, newDir.pair);
        int newOldId = old.id();
        MetadataEntry moving = old.dir().entries.get(old.id());
        byte[] newName = newNames.get(newNames.size() - 1);
        MetadataPair prevDir = null;
        if (!prev.found()) {
            if (newName.length > nameMax) {
                throw new StorageException(Errno.ENAMETOOLONG);
            }
            if (samePair && newId <= newOldId) {
                newOldId += 1;
            }
        } else if (prev.type() != old.type()) {
            throw new StorageException(prev.type() == LfsTag.DIR ? Errno.EISDIR : Errno.ENOTDIR);
        } else if (samePair && newId == newOldId) {
            return;
        } else if (prev.type() == LfsTag.DIR) {
            prevDir = MetadataPair.fetch(this, newDir.dirPair(newId));
            if (prevDir.count() > 0 || prevDir.split) {
                throw new StorageException(Errno.ENOTEMPTY);
            }
            gstate.prepOrphans(+1);
        }
        if (!samePair) {
            gstate.prepMove(newOldId, old.dir().pair);
        }
        List<Attr> attrs = new ArrayList<>();
        if (prev.found()) {
            attrs.add(Attr.empty(LfsTag.DELETE, newId));
        }
        attrs.add(Attr.empty(LfsTag.CREATE, newId));
        attrs.add(Attr.of(old.type(), newId, newName));
        for (MetadataEntry.Written t : moving.tagsInLogOrder()) {
            if (LfsTag.type1(LfsTag.make(t.type(), 0, 0)) != LfsTag.NAME) {
                attrs.add(Attr.of(t.type(), newId, t.data()));
            }
        }
        if (samePair) {
            attrs.add(Attr.empty(LfsTag.DELETE, newOldId));
        }
        writer.commit(newDir, attrs);
        if (!samePair && gstate.hasMove()) {
            // the destination now holds the entry: delete the source and clear the move in one commit
            MetadataPair src = MetadataPair.fetch(this, new int[] {gstate.pair0, gstate.pair1});
            int moveId = LfsTag.id(gstate.tag);
            gstate.prepMove(LfsTag.NO_ID, null);
            writer.commit(src, List.of(Attr.empty(LfsTag.DELETE, moveId)));
        }
        for (LfsFile f : openFiles) {
            if (prev.found()) {
                f.pathChanged(newNames, null, true);
            }
            f.pathChanged(oldNames, newNames, false);
        }
        if (prevDir != null) {
            gstate.prepOrphans(-1);
            dropFromThread(prevDir);
        }
    }

    private static boolean isPrefix(List<byte[]> prefix, List<byte[]> names) {
        for (int i = 0; i < prefix.size(); i++) {
            if (!java.util.Arrays.equals(prefix.get(i), names.get(i))) {
                return false;
            }
        }
        return true;
    }

    // ------------------------------------------------------------------ files

    public LfsFile open(String path, LfsFile.Flags flags, byte[] attr) throws StorageException {
        if (flags.write()) {
            thread.forceConsistency();
        }
        List<byte[]> names = split(path);
        Lookup l = find(names);
        LfsFile file = new LfsFile(this, names, flags, attr);
        if (!l.found()) {
            if (!flags.create()) {
                throw new StorageException(Errno.ENOENT);
            }
            byte[] name = names.get(names.size() - 1);
            if (name.length > nameMax) {
                throw new StorageException(Errno.ENAMETOOLONG);
            }
            allocator.checkpoint();
            try {
                writer.commit(l.dir(), List.of(Attr.empty(LfsTag.CREATE, l.id()), Attr.of(LfsTag.REG, l.id(), name),
                        Attr.empty(LfsTag.INLINESTRUCT, l.id())));
            } catch (StorageException e) {
                throw e.errno() == Errno.ENOSPC ? new StorageException(Errno.ENAMETOOLONG) : e;
            }
            file.loadInline(new byte[0]);
        } else if (flags.exclusive()) {
            throw new StorageException(Errno.EEXIST);
        } else if (l.type() != LfsTag.REG) {
            throw new StorageException(Errno.EISDIR);
        } else {
            MetadataEntry e = l.dir().entries.get(l.id());
            if (flags.truncate()) {
                file.loadInline(new byte[0]);
                file.markDirty();
            } else if (e.structType == LfsTag.CTZSTRUCT && e.struct != null && e.struct.length >= 8) {
                long size = Integer.toUnsignedLong(Le.get32(e.struct, 4));
                CtzList.checkSize(size, fileMax, cfg);
                file.loadCtz(Le.get32(e.struct, 0), size);
            } else if (e.structType == LfsTag.INLINESTRUCT && e.struct != null) {
                file.loadInline(e.struct);
            } else {
                throw new StorageException(Errno.ECORRUPT, "file without a struct");
            }
            if (attr != null && flags.read()) {
                byte[] stored = e.attrs.get(1);
                if (stored != null) {
                    System.arraycopy(stored, 0, attr, 0, Math.min(stored.length, attr.length));
                }
            }
        }
        if (attr != null && flags.write()) {
            file.markDirty();
        }
        openFiles.add(file);
        return file;
    }

    /**
     * What MicroPython's statvfs counts as used (free = block count - this): the public lfs_fs_traverse, which
     * visits directory pairs twice (once in the thread, once from their parent entry), like the original.
     */
    public int usedBlocks() throws StorageException {
        return thread.usedBlocks();
    }
}
