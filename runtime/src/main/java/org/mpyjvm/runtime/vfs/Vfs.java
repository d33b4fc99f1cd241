package org.mpyjvm.runtime.vfs;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.mpyjvm.runtime.Errno;
import org.mpyjvm.runtime.StorageException;
import org.mpyjvm.runtime.fs.DirEntry;
import org.mpyjvm.runtime.fs.FileHandle;
import org.mpyjvm.runtime.fs.Filesystem;
import org.mpyjvm.runtime.fs.OpenMode;
import org.mpyjvm.runtime.fs.Stat;
import org.mpyjvm.runtime.fs.StatVfs;

/**
 * MicroPython's virtual filesystem ({@code extmod/vfs.c}): the mount table, path resolution, the current
 * directory and the virtual root, behind the {@code vfs} and {@code os} modules. Mounted filesystems are
 * {@link Filesystem} objects, which may be Java ones or adapters around user-defined Python objects, so
 * nothing here assumes more than the interface. Block-device auto-detection happens before {@link #mount}
 * (see {@code detect}); read-only mounts are the filesystem's own business ({@code mount(readonly, mkfs)}).
 */
public final class Vfs {
    /** The size field of a mount point listed at the virtual root: absent (a 3-tuple in Python). */
    public static final long NO_SIZE = -1;

    private static final Stat ROOT_STAT = new Stat(DirEntry.DIR, 0, 0);

    private final MountTable table = new MountTable();
    private final long rootNameMax;
    private MountEntry cwd;
    private Predicate<Filesystem> syncs = fs -> "VfsFat".equals(fs.typeName());

    /** @param rootNameMax {@code f_namemax} of the virtual root: the port's {@code MICROPY_ALLOC_PATH_MAX} */
    public Vfs(long rootNameMax) {
        this.rootNameMax = rootNameMax;
    }

    /** Which mounted filesystems {@code os.sync()} syncs; upstream: only VfsFat (the default). */
    public void setSyncPolicy(Predicate<Filesystem> policy) {
        this.syncs = policy;
    }

    // ---- mounting ----

    /**
     * {@code vfs.mount(fs, mountPoint, readonly=, mkfs=)}: calls {@code fs.mount(readonly, mkfs)} first, then
     * refuses an occupied mount point with EPERM (so the filesystem's mount has run even then, as upstream).
     */
    public void mount(Filesystem fs, String mountPoint, boolean readonly, boolean mkfs) throws StorageException {
        if (mountPoint.isEmpty()) {
            // Upstream reads before the string here; an empty mount point can only be a mistake.
            throw new StorageException(Errno.EINVAL, "empty mount point");
        }
        MountEntry entry = new MountEntry(mountPoint, fs, readonly);
        fs.mount(readonly, mkfs);
        PathResolution existing = resolve(mountPoint);
        if (existing.kind() == PathResolution.Kind.MOUNT && !(!entry.isRoot() && existing.mount().isRoot())) {
            throw new StorageException(Errno.EPERM);
        }
        table.insert(entry);
    }

    /** {@code vfs.umount("/point")}: exact string match; EINVAL when nothing is mounted there. */
    public void umount(String mountPoint) throws StorageException {
        finishUmount(table.removeByMountPoint(mountPoint));
    }

    /** {@code vfs.umount(fsobj)}: the mounted object itself (identity). */
    public void umount(Filesystem fs) throws StorageException {
        finishUmount(table.removeByFilesystem(fs));
    }

    private void finishUmount(MountEntry removed) throws StorageException {
        if (removed == null) {
            throw new StorageException(Errno.EINVAL);
        }
        if (cwd == removed) {
            cwd = null;
        }
        removed.fs().umount();
    }

    /** {@code vfs.mount()}: the table in order. */
    public List<MountEntry> mounts() {
        return table.entries();
    }

    // ---- path resolution ----

    /** Resolves {@code path} against the mount table and the current directory (vfs.md section 3). */
    public PathResolution resolve(String path) {
        boolean absolute = path.startsWith("/");
        if (absolute || cwd == null) {
            String remainder = absolute ? path.substring(1) : path;
            if (remainder.isEmpty()) {
                return PathResolution.VIRTUAL_ROOT;
            }
            return table.match(remainder, path);
        }
        // Relative, inside a mount: its filesystem resolves against its own current directory.
        return PathResolution.inMount(cwd, path);
    }

    /** The mount holding the current directory, or null for the virtual root. */
    public MountEntry cwdMount() {
        return cwd;
    }

    // ---- os functions ----

    public FileHandle open(String path, OpenMode mode) throws StorageException {
        PathResolution r = resolve(path);
        return r.requireMount().fs().open(r.path(), mode);
    }

    /** {@code os.ilistdir()} with no argument: the current directory. */
    public List<DirEntry> ilistdir() throws StorageException {
        return ilistdir("");
    }

    /**
     * {@code os.ilistdir(path)}. At the virtual root: one directory entry per named mount (size
     * {@link #NO_SIZE}), in table order, then the entries of the filesystem mounted at {@code "/"}, if any.
     */
    public List<DirEntry> ilistdir(String path) throws StorageException {
        PathResolution r = resolve(path);
        if (!r.isVirtualRoot()) {
            return r.requireMount().fs().ilistdir(r.path());
        }
        List<DirEntry> out = new ArrayList<>();
        for (MountEntry e : table.entries()) {
            if (e.isRoot()) {
                out.addAll(e.fs().ilistdir("/"));
            } else {
                out.add(new DirEntry(e.name(), DirEntry.DIR, 0, NO_SIZE));
            }
        }
        return out;
    }

    public List<String> listdir(String path) throws StorageException {
        List<String> names = new ArrayList<>();
        for (DirEntry e : ilistdir(path)) {
            names.add(e.name());
        }
        return names;
    }

    /** {@code os.stat}: the virtual root is a bare directory, whatever is mounted at {@code "/"}. */
    public Stat stat(String path) throws StorageException {
        PathResolution r = resolve(path);
        if (r.isVirtualRoot()) {
            return ROOT_STAT;
        }
        return r.requireMount().fs().stat(r.path());
    }

    /** {@code os.statvfs}: the virtual root is delegated to a root filesystem, else zeros and the port's namemax. */
    public StatVfs statvfs(String path) throws StorageException {
        PathResolution r = resolve(path);
        if (r.isVirtualRoot()) {
            MountEntry root = table.rootMount();
            if (root == null) {
                return new StatVfs(0, 0, 0, 0, 0, 0, 0, 0, 0, rootNameMax);
            }
            return root.fs().statvfs("/");
        }
        return r.requireMount().fs().statvfs(r.path());
    }

    /** {@code os.mkdir}: the virtual root and every mount point already exist (EEXIST). */
    public void mkdir(String path) throws StorageException {
        PathResolution r = resolve(path);
        if (r.isVirtualRoot() || r.kind() == PathResolution.Kind.MOUNT && r.path().equals("/")) {
            throw new StorageException(Errno.EEXIST);
        }
        r.requireMount().fs().mkdir(r.path());
    }

    public void rmdir(String path) throws StorageException {
        PathResolution r = resolve(path);
        r.requireMount().fs().rmdir(r.path());
    }

    public void remove(String path) throws StorageException {
        PathResolution r = resolve(path);
        r.requireMount().fs().remove(r.path());
    }

    /** {@code os.rename}: both paths must resolve to the same mount (else EPERM). */
    public void rename(String oldPath, String newPath) throws StorageException {
        PathResolution from = resolve(oldPath);
        PathResolution to = resolve(newPath);
        if (from.kind() != to.kind() || from.mount() != to.mount()) {
            throw new StorageException(Errno.EPERM);
        }
        from.requireMount().fs().rename(from.path(), to.path());
    }

    /**
     * {@code os.chdir}: to the virtual root (a root filesystem is told {@code chdir("/")}), or into a mount after
     * its filesystem accepted the path; on error the current directory is unchanged.
     */
    public void chdir(String path) throws StorageException {
        PathResolution r = resolve(path);
        if (r.isVirtualRoot()) {
            MountEntry root = table.rootMount();
            if (root != null) {
                root.fs().chdir("/");
            }
            cwd = null;
            return;
        }
        MountEntry target = r.requireMount();
        target.fs().chdir(r.path());
        cwd = target;
    }

    /** {@code os.getcwd}: {@code "/"} at the virtual root, else the mount point plus the filesystem's own cwd. */
    public String getcwd() throws StorageException {
        if (cwd == null) {
            return "/";
        }
        String inner = cwd.fs().getcwd();
        if (cwd.isRoot()) {
            return inner;
        }
        return inner.equals("/") ? cwd.mountPoint() : cwd.mountPoint() + inner;
    }

    /** {@code os.sync()}: syncs the mounted filesystems the sync policy selects, in table order. */
    public void sync() throws StorageException {
        for (MountEntry e : table.entries()) {
            if (syncs.test(e.fs())) {
                e.fs().sync();
            }
        }
    }
}
