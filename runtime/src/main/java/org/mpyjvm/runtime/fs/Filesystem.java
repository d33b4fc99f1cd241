package org.mpyjvm.runtime.fs;

import java.util.List;
import org.mpyjvm.runtime.StorageException;

/**
 * The operations MicroPython's VFS calls on a mounted filesystem object ({@code vfs.md} section 4). Paths are
 * the part after the mount point, as the VFS hands them down: absolute ({@code "/a/b"}) or relative to this
 * filesystem's own current directory.
 */
public interface Filesystem {
    /** {@code mount(readonly, mkfs)}: called by {@code vfs.mount}. */
    void mount(boolean readonly, boolean mkfs) throws StorageException;

    void umount() throws StorageException;

    FileHandle open(String path, OpenMode mode) throws StorageException;

    List<DirEntry> ilistdir(String path) throws StorageException;

    Stat stat(String path) throws StorageException;

    StatVfs statvfs(String path) throws StorageException;

    void mkdir(String path) throws StorageException;

    void rmdir(String path) throws StorageException;

    void remove(String path) throws StorageException;

    void rename(String oldPath, String newPath) throws StorageException;

    void chdir(String path) throws StorageException;

    String getcwd() throws StorageException;

    /** {@code os.sync()}: flush caches to the device. */
    void sync() throws StorageException;

    /** The type name Python shows ({@code VfsFat}, {@code VfsLfs2}, {@code VfsRom}, {@code VfsPosix}). */
    String typeName();
}
