package org.mpyjvm.runtime.fat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
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
 * MicroPython's {@code VfsFat}: FAT12/16/32 with long names on a block device, behaving as FatFs R0.13c does
 * under MicroPython's {@code vfs_fat.c} (error numbers per os.md section 1.4). Construction mounts at once; a
 * device without a FAT volume is not an error then, but every later operation raises ENODEV until
 * {@code mount(readonly, mkfs=true)} formats it. Stat times are seconds since 1970 of the entry's local time.
 */
public final class FatFilesystem implements Filesystem {
    /** The synthetic root stat time: 2000-01-01 00:00:00 (os.md section 1.2). */
    public static final long ROOT_MTIME = 946684800L;

    private final BlockDevice dev;
    private final FatClock clock;
    private FatVolume vol;
    private boolean readOnly;
    /** FatFs {@code cdir}: the current directory's cluster, 0 for the root. */
    private long cwd = FatDirectory.ROOT;

    public FatFilesystem(BlockDevice dev) throws StorageException {
        this(dev, FatClock.system());
    }

    public FatFilesystem(BlockDevice dev, FatClock clock) throws StorageException {
        this.dev = dev;
        this.clock = clock;
        dev.init(0);
        remount();
    }

    /** {@code VfsFat.mkfs(bdev)}: FAT12/16 at sector 0, else FAT32 behind an MBR at sector 63. */
    public static FatGeometry mkfs(BlockDevice dev, FatClock clock) throws StorageException {
        dev.init(0);
        return FatFormatter.mkfs(dev, clock);
    }

    private void remount() throws StorageException {
        vol = FatVolume.mount(dev, clock);
        cwd = FatDirectory.ROOT;
        if (vol != null) {
            vol.readOnly = readOnly || !dev.isWritable();
        }
    }

    /** False while the device holds no FAT volume (FatFs FR_NO_FILESYSTEM at construction). */
    public boolean isFormatted() {
        return vol != null;
    }

    public FatType fatType() throws StorageException {
        return volume().type;
    }

    private FatVolume volume() throws StorageException {
        if (vol == null) {
            throw new StorageException(Errno.ENODEV, "no FAT filesystem");
        }
        return vol;
    }

    private FatVolume writableVolume() throws StorageException {
        FatVolume v = volume();
        v.checkWritable();
        return v;
    }

    @Override
    public void mount(boolean readonly, boolean mkfs) throws StorageException {
        this.readOnly = readonly;
        if (vol == null && mkfs) {
            if (readonly || !dev.isWritable()) {
                throw new StorageException(Errno.EROFS); // MicroPython drops writeblocks before f_mkfs
            }
            FatFormatter.format(dev, clock, FatGeometry.FM_FAT | FatGeometry.FM_SFD);
            remount();
        }
        if (vol == null) {
            throw new StorageException(Errno.ENODEV, "no FAT filesystem");
        }
        vol.readOnly = readonly || !dev.isWritable();
    }

    @Override
    public void umount() {
        // MicroPython's VfsFat.umount does nothing; the object stays usable.
    }

    @Override
    public String typeName() {
        return "VfsFat";
    }

    // ---- path resolution (FatFs follow_path) ----

    /** Where a path led: the directory holding the last segment, its entry (null if absent), the segment name. */
    private record Lookup(FatDirectory dir, FatDirectory.Entry entry, FatName name, boolean origin) {
    }

    private Lookup follow(FatVolume v, String path) throws StorageException {
        byte[] p = path.getBytes(StandardCharsets.UTF_8);
        int end = 0;
        while (end < p.length && (p[end] & 0xFF) >= 0x20) {
            end++;
        }
        int i = 0;
        long dirCluster = cwd;
        if (end > 0 && isSep(p[0])) {
            while (i < end && isSep(p[i])) {
                i++;
            }
            dirCluster = FatDirectory.ROOT;
        }
        FatDirectory dir = FatDirectory.load(v, dirCluster);
        if (i >= end) {
            return new Lookup(dir, null, null, true);
        }
        while (true) {
            int start = i;
            while (i < end && !isSep(p[i])) {
                i++;
            }
            boolean last = i >= end;
            byte[] seg = Arrays.copyOfRange(p, start, i);
            while (i < end && isSep(p[i])) {
                i++;
            }
            FatName name = FatName.parse(seg);
            FatDirectory.Entry e = dir.find(name);
            if (e == null) {
                if (name.isDot()) {
                    if (!last) {
                        continue;
                    }
                    return new Lookup(dir, null, null, true);
                }
                if (!last) {
                    throw new StorageException(Errno.ENOENT, "no such directory");
                }
                return new Lookup(dir, null, name, false);
            }
            if (last) {
                return new Lookup(dir, e, name, false);
            }
            int off = FatDirectory.offset(e.slot());
            if (!DirRecord.isDir(dir.data(), off)) {
                throw new StorageException(Errno.ENOENT, "not a directory");
            }
            dir = FatDirectory.load(v, dirClusterOf(v, DirRecord.cluster(dir.data(), off, v.type)));
        }
    }

    private static boolean isSep(byte b) {
        return b == '/' || b == '\\';
    }

    /** A directory's cluster as stored in an entry; 0 and FAT32's root cluster both mean the root. */
    private static long dirClusterOf(FatVolume v, long c) {
        return c == 0 || (v.type == FatType.FAT32 && c == v.rootCluster) ? FatDirectory.ROOT : c;
    }

    private static long entryCluster(FatVolume v, Lookup l) {
        return DirRecord.cluster(l.dir().data(), FatDirectory.offset(l.entry().slot()), v.type);
    }

    private static boolean entryIsDir(Lookup l) {
        return DirRecord.isDir(l.dir().data(), FatDirectory.offset(l.entry().slot()));
    }

    private static int entryAttr(Lookup l) {
        return DirRecord.attr(l.dir().data(), FatDirectory.offset(l.entry().slot()));
    }

    // ---- Filesystem operations ----

    @Override
    public FileHandle open(String path, OpenMode mode) throws StorageException {
        FatVolume v = volume();
        boolean createAlways = mode.truncate();
        boolean createNew = mode.exclusive();
        boolean openAlways = mode.append();
        boolean write = mode.write();
        if (write || createAlways || createNew || openAlways) {
            v.checkWritable();
        }
        Lookup l = follow(v, path);
        if (l.origin()) {
            throw new StorageException(Errno.EINVAL, "cannot open a directory");
        }
        FatDirectory dir = l.dir();
        int slot;
        boolean created = false;
        if (createAlways || createNew || openAlways) {
            if (l.entry() == null) {
                slot = dir.register(l.name());
                created = true;
            } else {
                int attr = entryAttr(l);
                if ((attr & (DirRecord.ATTR_READ_ONLY | DirRecord.ATTR_DIR)) != 0) {
                    throw new StorageException(Errno.EACCES, "cannot overwrite");
                }
                if (createNew) {
                    throw new StorageException(Errno.EEXIST);
                }
                slot = l.entry().slot();
            }
            if (created || createAlways) {
                int off = FatDirectory.offset(slot);
                byte[] d = dir.data();
                long old = created ? 0 : DirRecord.cluster(d, off, v.type);
                DirRecord.setCreated(d, off, FatTime.pack(clock.now()));
                d[off + 11] = DirRecord.ATTR_ARCHIVE;
                DirRecord.setCluster(d, off, 0, v.type);
                DirRecord.setSize(d, off, 0);
                dir.markDirty(slot);
                if (old != 0) {
                    v.fat.freeChain(old, 0);
                    v.fat.reuseFrom(old - 1);
                }
                dir.flush();
                v.sync();
                createAlways = true;
            }
        } else {
            if (l.entry() == null) {
                throw new StorageException(Errno.ENOENT);
            }
            int attr = entryAttr(l);
            if ((attr & DirRecord.ATTR_DIR) != 0) {
                throw new StorageException(Errno.ENOENT, "is a directory");
            }
            if (write && (attr & DirRecord.ATTR_READ_ONLY) != 0) {
                throw new StorageException(Errno.EACCES, "read-only file");
            }
            slot = l.entry().slot();
        }
        int off = FatDirectory.offset(slot);
        byte[] d = dir.data();
        long sector = dir.sectorOf(slot);
        dir.showInWindow(slot);
        int inSector = off % v.sectorSize;
        FatFile f = new FatFile(v, sector, inSector, DirRecord.cluster(d, off, v.type), DirRecord.size(d, off),
                mode.read(), write, createAlways);
        if (openAlways && mode.append()) {
            f.seekToEndForAppend();
        }
        return f;
    }

    @Override
    public List<DirEntry> ilistdir(String path) throws StorageException {
        FatVolume v = volume();
        FatDirectory dir = openDirectory(v, path);
        List<DirEntry> out = new ArrayList<>();
        byte[] d = dir.data();
        for (FatDirectory.Entry e : dir.list()) {
            int off = FatDirectory.offset(e.slot());
            boolean isDir = DirRecord.isDir(d, off);
            out.add(new DirEntry(e.name(), isDir ? DirEntry.DIR : DirEntry.FILE, 0, DirRecord.size(d, off)));
        }
        return out;
    }

    /** FatFs {@code f_opendir}: the origin directory or an existing directory entry, else ENOENT. */
    private FatDirectory openDirectory(FatVolume v, String path) throws StorageException {
        Lookup l = follow(v, path);
        if (l.origin()) {
            return l.dir();
        }
        if (l.entry() == null || !entryIsDir(l)) {
            throw new StorageException(Errno.ENOENT);
        }
        return FatDirectory.load(v, dirClusterOf(v, entryCluster(v, l)));
    }

    @Override
    public Stat stat(String path) throws StorageException {
        FatVolume v = volume();
        if (path.equals("/") || path.isEmpty()) {
            return new Stat(DirEntry.DIR, 0, ROOT_MTIME);
        }
        Lookup l = follow(v, path);
        if (l.origin()) {
            throw new StorageException(Errno.EINVAL, "stat of the origin directory");
        }
        if (l.entry() == null) {
            throw new StorageException(Errno.ENOENT);
        }
        byte[] d = l.dir().data();
        int off = FatDirectory.offset(l.entry().slot());
        long mtime = FatTime.toEpochSeconds(DirRecord.modDate(d, off), DirRecord.modTime(d, off));
        return new Stat(DirRecord.isDir(d, off) ? DirEntry.DIR : DirEntry.FILE, DirRecord.size(d, off), mtime);
    }

    @Override
    public StatVfs statvfs(String path) throws StorageException {
        FatVolume v = volume();
        long free = v.fat.freeClusters();
        return new StatVfs(v.clusterBytes, v.clusterBytes, v.clusterCount, free, free, 0, 0, 0, 0, 255);
    }

    @Override
    public void mkdir(String path) throws StorageException {
        FatVolume v = writableVolume();
        Lookup l = follow(v, path);
        if (l.origin() || l.entry() != null) {
            throw new StorageException(Errno.EEXIST);
        }
        if (l.name().isDot()) {
            throw new StorageException(Errno.EINVAL);
        }
        long cl = v.fat.extend(0);
        if (cl == 0) {
            throw new StorageException(Errno.EACCES, "no free cluster for the directory");
        }
        long tm = FatTime.pack(clock.now());
        byte[] table = new byte[v.clusterBytes];
        Arrays.fill(table, 0, 11, (byte) ' ');
        table[0] = '.';
        table[11] = DirRecord.ATTR_DIR;
        DirRecord.setModified(table, 0, tm);
        DirRecord.setCluster(table, 0, cl, v.type);
        System.arraycopy(table, 0, table, 32, 32);
        table[33] = '.';
        DirRecord.setCluster(table, 32, l.dir().cluster, v.type);
        FatDirectory parent = l.dir();
        int slot;
        try {
            v.writeSectors(v.clusterSector(cl), table, 0, v.sectorsPerCluster);
            slot = parent.register(l.name());
        } catch (StorageException e) {
            v.fat.freeChain(cl, 0);
            v.sync();
            throw e;
        }
        byte[] d = parent.data();
        int off = FatDirectory.offset(slot);
        DirRecord.setModified(d, off, tm);
        DirRecord.setCluster(d, off, cl, v.type);
        d[off + 11] = DirRecord.ATTR_DIR;
        parent.markDirty(slot);
        parent.flush();
        v.sync();
    }

    @Override
    public void rmdir(String path) throws StorageException {
        removeEntry(path, true);
    }

    @Override
    public void remove(String path) throws StorageException {
        removeEntry(path, false);
    }

    /** MicroPython's {@code fat_vfs_remove_internal}: f_stat, type check, then f_unlink. */
    private void removeEntry(String path, boolean wantDir) throws StorageException {
        FatVolume v = volume();
        Lookup l = follow(v, path);
        if (l.origin()) {
            throw new StorageException(Errno.EINVAL);
        }
        if (l.entry() == null) {
            throw new StorageException(Errno.ENOENT);
        }
        if (entryIsDir(l) != wantDir) {
            throw new StorageException(wantDir ? Errno.ENOTDIR : Errno.EISDIR);
        }
        v.checkWritable();
        unlink(v, l);
    }

    /** FatFs {@code f_unlink}. */
    private void unlink(FatVolume v, Lookup l) throws StorageException {
        if (l.name().isDot()) {
            throw new StorageException(Errno.EINVAL);
        }
        if ((entryAttr(l) & DirRecord.ATTR_READ_ONLY) != 0) {
            throw new StorageException(Errno.EACCES, "read-only");
        }
        long cl = entryCluster(v, l);
        if (entryIsDir(l)) {
            long dcl = dirClusterOf(v, cl);
            if (dcl == cwd || dcl == FatDirectory.ROOT) {
                throw new StorageException(Errno.EACCES, "directory in use");
            }
            if (!FatDirectory.load(v, dcl).isEmpty()) {
                throw new StorageException(Errno.EACCES, "directory not empty");
            }
        }
        l.dir().remove(l.entry());
        l.dir().flush();
        if (cl != 0) {
            v.fat.freeChain(cl, 0);
        }
        v.sync();
    }

    @Override
    public void rename(String oldPath, String newPath) throws StorageException {
        FatVolume v = writableVolume();
        if (renameOnce(v, oldPath, newPath)) {
            Lookup target = follow(v, newPath);
            if (target.origin()) {
                throw new StorageException(Errno.EINVAL);
            }
            if (entryIsDir(target)) {
                throw new StorageException(Errno.EISDIR);
            }
            unlink(v, target);
            if (renameOnce(v, oldPath, newPath)) {
                throw new StorageException(Errno.EEXIST);
            }
        }
    }

    /** FatFs {@code f_rename}; returns true (nothing changed) when the new name is taken by another object. */
    private boolean renameOnce(FatVolume v, String oldPath, String newPath) throws StorageException {
        Lookup from = follow(v, oldPath);
        if (from.origin()) {
            throw new StorageException(Errno.EINVAL);
        }
        if (from.entry() == null) {
            throw new StorageException(Errno.ENOENT);
        }
        if (from.name().isDot()) {
            throw new StorageException(Errno.EINVAL);
        }
        Lookup to = follow(v, newPath);
        if (to.origin()) {
            return true;
        }
        FatDirectory target = to.dir().cluster == from.dir().cluster ? from.dir() : to.dir();
        if (to.entry() != null) {
            boolean same = to.dir().cluster == from.dir().cluster && to.entry().slot() == from.entry().slot();
            if (!same) {
                return true;
            }
        }
        byte[] src = from.dir().data();
        int srcOff = FatDirectory.offset(from.entry().slot());
        byte[] saved = Arrays.copyOfRange(src, srcOff, srcOff + FatVolume.DIR_ENTRY);
        boolean isDir = (saved[11] & DirRecord.ATTR_DIR) != 0;
        long movedCluster = dirClusterOf(v, DirRecord.cluster(saved, 0, v.type));
        if (isDir && target.cluster != from.dir().cluster && movedCluster != FatDirectory.ROOT) {
            checkNotInside(v, movedCluster, target.cluster);
        }
        int slot = target.register(to.name());
        byte[] d = target.data();
        int off = FatDirectory.offset(slot);
        System.arraycopy(saved, 13, d, off + 13, FatVolume.DIR_ENTRY - 13);
        d[off + 11] = (byte) (saved[11] | (isDir ? 0 : DirRecord.ATTR_ARCHIVE));
        target.markDirty(slot);
        if (isDir && target.cluster != from.dir().cluster && movedCluster != FatDirectory.ROOT) {
            long sec = v.clusterSector(movedCluster);
            byte[] first = v.readSector(sec);
            if (first[32 + 1] == '.') {
                DirRecord.setCluster(first, 32, target.cluster, v.type);
                v.writeSectors(sec, first, 0, 1);
            }
        }
        target.flush();
        from.dir().remove(from.entry());
        from.dir().flush();
        v.sync();
        return false;
    }

    /** Moving a directory below itself would cut it off from the tree (FatFs does not check; we refuse). */
    private void checkNotInside(FatVolume v, long moved, long newParent) throws StorageException {
        long c = newParent;
        for (long steps = 0; c != FatDirectory.ROOT; steps++) {
            if (c == moved) {
                throw new StorageException(Errno.EINVAL, "cannot move a directory into itself");
            }
            if (steps > v.clusterCount) {
                throw new StorageException(Errno.EIO, "directory tree loops");
            }
            c = parentOf(v, c);
        }
    }

    private static long parentOf(FatVolume v, long dirCluster) throws StorageException {
        byte[] first = v.readSector(v.clusterSector(dirCluster));
        return dirClusterOf(v, DirRecord.cluster(first, 32, v.type));
    }

    @Override
    public void chdir(String path) throws StorageException {
        FatVolume v = volume();
        Lookup l = follow(v, path);
        if (l.origin()) {
            cwd = l.dir().cluster;
            return;
        }
        if (l.entry() == null || !entryIsDir(l)) {
            throw new StorageException(Errno.ENOENT);
        }
        cwd = dirClusterOf(v, entryCluster(v, l));
    }

    /** FatFs {@code f_getcwd}: climbs ".." entries and looks each directory up in its parent. */
    @Override
    public String getcwd() throws StorageException {
        FatVolume v = volume();
        Deque<String> names = new ArrayDeque<>();
        long c = cwd;
        for (long steps = 0; c != FatDirectory.ROOT; steps++) {
            if (steps > v.clusterCount) {
                throw new StorageException(Errno.EIO, "directory tree loops");
            }
            long parent = parentOf(v, c);
            FatDirectory pd = FatDirectory.load(v, parent);
            String found = null;
            for (FatDirectory.Entry e : pd.list()) {
                int off = FatDirectory.offset(e.slot());
                if (DirRecord.isDir(pd.data(), off) && DirRecord.cluster(pd.data(), off, v.type) == c) {
                    found = e.name();
                    break;
                }
            }
            if (found == null) {
                throw new StorageException(Errno.EIO, "current directory is not linked from its parent");
            }
            names.addFirst(found);
            c = parent;
        }
        return names.isEmpty() ? "/" : "/" + String.join("/", names);
    }

    @Override
    public void sync() throws StorageException {
        volume().sync();
    }

    // ---- volume label (FatFs f_getlabel / f_setlabel) ----

    /** The volume label from the root directory's label entry; "" when there is none. */
    public String label() throws StorageException {
        FatVolume v = volume();
        FatDirectory root = FatDirectory.load(v, FatDirectory.ROOT);
        FatDirectory.Entry e = root.label();
        if (e == null) {
            return "";
        }
        byte[] d = root.data();
        int off = FatDirectory.offset(e.slot());
        int n = 11;
        while (n > 0 && d[off + n - 1] == ' ') {
            n--;
        }
        return new String(d, off, n, StandardCharsets.UTF_8);
    }

    /** Sets (or with "" removes) the volume label; upper-cased, at most 11 bytes, FAT's forbidden characters EINVAL. */
    public void setLabel(String label) throws StorageException {
        FatVolume v = writableVolume();
        byte[] raw = label.getBytes(StandardCharsets.UTF_8);
        byte[] name = new byte[11];
        Arrays.fill(name, (byte) ' ');
        int di = 0;
        for (byte b : raw) {
            if ((b & 0xFF) < 0x20) {
                break;
            }
            char u = Character.toUpperCase(Cp437.toUnicode(b));
            int oem = Cp437.fromUnicode(u);
            if (oem <= 0 || (oem < 0x80 && "+.,;=[]/\\\"*:<>?|\u007f".indexOf(oem) >= 0) || di >= 11) {
                throw new StorageException(Errno.EINVAL, "invalid volume label");
            }
            name[di++] = (byte) oem;
        }
        if ((name[0] & 0xFF) == DirRecord.DELETED) {
            throw new StorageException(Errno.EINVAL, "invalid volume label");
        }
        while (di > 0 && name[di - 1] == ' ') {
            di--;
        }
        FatDirectory root = FatDirectory.load(v, FatDirectory.ROOT);
        FatDirectory.Entry e = root.label();
        byte[] d = root.data();
        long tm = FatTime.pack(clock.now());
        if (e != null) {
            int off = FatDirectory.offset(e.slot());
            if (di != 0) {
                System.arraycopy(name, 0, d, off, 11);
                DirRecord.setModified(d, off, tm);
            } else {
                d[off] = (byte) DirRecord.DELETED;
            }
            root.markDirty(e.slot());
        } else if (di != 0) {
            int slot = root.allocate(1);
            int off = FatDirectory.offset(slot);
            Arrays.fill(d = root.data(), off, off + FatVolume.DIR_ENTRY, (byte) 0);
            System.arraycopy(name, 0, d, off, 11);
            d[off + 11] = DirRecord.ATTR_VOLUME;
            DirRecord.setModified(d, off, tm);
            root.markDirty(slot);
        }
        root.flush();
        v.writeBootLabel(di != 0 ? name : "NO NAME    ".getBytes(StandardCharsets.US_ASCII));
        v.sync();
    }

    /** The volume serial number from the boot sector. */
    public long serial() throws StorageException {
        return volume().serial;
    }
}
