package org.mpyjvm.runtime.romfs;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.mpyjvm.runtime.Errno;
import org.mpyjvm.runtime.StorageException;
import org.mpyjvm.runtime.fs.DirEntry;
import org.mpyjvm.runtime.fs.FileHandle;
import org.mpyjvm.runtime.fs.Filesystem;
import org.mpyjvm.runtime.fs.OpenMode;
import org.mpyjvm.runtime.fs.Stat;
import org.mpyjvm.runtime.fs.StatVfs;

/**
 * {@code vfs.VfsRom}: a read-only filesystem over a ROMFS image held in memory-mapped flash or any buffer.
 *
 * <p>Upstream's type has only the methods in {@link #METHODS}; {@code mkdir}, {@code remove}, {@code rename},
 * {@code rmdir} and {@code sync} do not exist there ({@code AttributeError}), so the Python layer must consult
 * {@link #METHODS} before calling them. Called anyway from Java they fail with EROFS.
 */
public final class RomfsFilesystem implements Filesystem {
    /** The Python-visible methods of {@code VfsRom}. */
    public static final Set<String> METHODS =
            Set.of("mount", "umount", "open", "chdir", "getcwd", "ilistdir", "stat", "statvfs");
    /** The Python-visible methods of an open ROMFS file (binary files also have the buffer protocol). */
    public static final Set<String> FILE_METHODS = Set.of("read", "readinto", "readline", "readlines", "seek",
            "tell", "close", "__enter__", "__exit__", "__iter__", "__next__");

    private static final int NAME_MAX = 32767;

    private final RomfsImage image;

    /** {@code VfsRom(buf)}: ENODEV when the region does not hold an image. */
    public RomfsFilesystem(ByteRegion region) throws StorageException {
        this.image = new RomfsImage(region);
    }

    public RomfsImage image() {
        return image;
    }

    /** The entry at {@code path}, or ENOENT. */
    public RomfsEntry entry(String path) throws StorageException {
        RomfsEntry e = image.lookup(path);
        if (e == null) {
            throw new StorageException(Errno.ENOENT, path);
        }
        return e;
    }

    /** A file's bytes in place (zero-copy), for {@code memoryview(f)}; ENOENT/EISDIR as {@code open}. */
    public ByteRegion fileView(String path) throws StorageException {
        RomfsEntry e = entry(path);
        if (e.isDir()) {
            throw new StorageException(Errno.EISDIR, path);
        }
        return image.region().slice(e.offset(), e.length());
    }

    @Override
    public void mount(boolean readonly, boolean mkfs) throws StorageException {
        if (mkfs) {
            throw new StorageException(Errno.EPERM);
        }
    }

    @Override
    public void umount() {
    }

    /** Any write mode ('w', 'a', '+') is EROFS; 'x' alone is ignored as upstream ignores it. */
    @Override
    public FileHandle open(String path, OpenMode mode) throws StorageException {
        if (mode.truncate() || mode.append() || (mode.write() && mode.read())) {
            throw new StorageException(Errno.EROFS);
        }
        RomfsEntry e = entry(path);
        if (e.isDir()) {
            throw new StorageException(Errno.EISDIR, path);
        }
        return new RomfsFileHandle(image.region(), e.offset(), e.length());
    }

    @Override
    public List<DirEntry> ilistdir(String path) throws StorageException {
        RomfsEntry dir = image.lookup(path);
        if (dir == null || !dir.isDir()) {
            throw new StorageException(Errno.ENOENT, path);
        }
        List<DirEntry> out = new ArrayList<>();
        for (RomfsEntry e : image.list(dir)) {
            out.add(new DirEntry(e.name(), e.isDir() ? DirEntry.DIR : DirEntry.FILE, 0, e.length()));
        }
        return out;
    }

    /** Raw-name listing, for {@code ilistdir(b'...')} which yields names as bytes. */
    public List<RomfsEntry> ilistdirRaw(String path) throws StorageException {
        RomfsEntry dir = image.lookup(path);
        if (dir == null || !dir.isDir()) {
            throw new StorageException(Errno.ENOENT, path);
        }
        return image.list(dir);
    }

    @Override
    public Stat stat(String path) throws StorageException {
        RomfsEntry e = entry(path);
        return new Stat(e.isDir() ? DirEntry.DIR : DirEntry.FILE, e.length(), 0);
    }

    /** {@code (1, 0, payload_len, 0, 0, 0, 0, 0, 0, 32767)} whatever the path. */
    @Override
    public StatVfs statvfs(String path) {
        return new StatVfs(1, 0, image.payloadLength(), 0, 0, 0, 0, 0, 0, NAME_MAX);
    }

    @Override
    public void mkdir(String path) throws StorageException {
        throw new StorageException(Errno.EROFS);
    }

    @Override
    public void rmdir(String path) throws StorageException {
        throw new StorageException(Errno.EROFS);
    }

    @Override
    public void remove(String path) throws StorageException {
        throw new StorageException(Errno.EROFS);
    }

    @Override
    public void rename(String oldPath, String newPath) throws StorageException {
        throw new StorageException(Errno.EROFS);
    }

    /** Only the root: anything else is EOPNOTSUPP. */
    @Override
    public void chdir(String path) throws StorageException {
        if (!path.equals("/")) {
            throw new StorageException(Errno.EOPNOTSUPP);
        }
    }

    /** Always the root, reported as {@code ''} (romfs.md section 4). */
    @Override
    public String getcwd() {
        return "";
    }

    @Override
    public void sync() {
    }

    @Override
    public String typeName() {
        return "VfsRom";
    }
}
