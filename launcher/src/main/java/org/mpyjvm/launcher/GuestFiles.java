package org.mpyjvm.launcher;

import java.util.List;
import org.mpyjvm.runtime.StorageException;
import org.mpyjvm.runtime.fs.DirEntry;
import org.mpyjvm.runtime.fs.FileHandle;
import org.mpyjvm.runtime.fs.Filesystem;
import org.mpyjvm.runtime.fs.OpenMode;
import org.mpyjvm.runtime.fs.Stat;
import org.mpyjvm.runtime.fs.StatVfs;
import org.mpyjvm.runtime.vfs.Vfs;

/**
 * The file operations the host tools need, over a mount table: a device's, or one holding just an image file's
 * filesystem, so {@code image ls} and {@code fs ls} share their listing and copying code.
 */
interface GuestFiles {
    FileHandle open(String path, OpenMode mode) throws StorageException;

    List<DirEntry> list(String path) throws StorageException;

    Stat stat(String path) throws StorageException;

    StatVfs statvfs(String path) throws StorageException;

    void mkdir(String path) throws StorageException;

    void rmdir(String path) throws StorageException;

    void remove(String path) throws StorageException;

    void sync() throws StorageException;

    /** One filesystem (an image file) as the whole tree, mounted at {@code /} of a mount table of its own. */
    static GuestFiles of(Filesystem fs) throws StorageException {
        Vfs vfs = new Vfs(255);
        vfs.mount(fs, "/", false, false);
        return of(vfs);
    }

    static GuestFiles of(Vfs vfs) {
        return new GuestFiles() {
            public FileHandle open(String path, OpenMode mode) throws StorageException {
                return vfs.open(path, mode);
            }

            public List<DirEntry> list(String path) throws StorageException {
                return vfs.ilistdir(path);
            }

            public Stat stat(String path) throws StorageException {
                return vfs.stat(path);
            }

            public StatVfs statvfs(String path) throws StorageException {
                return vfs.statvfs(path);
            }

            public void mkdir(String path) throws StorageException {
                vfs.mkdir(path);
            }

            public void rmdir(String path) throws StorageException {
                vfs.rmdir(path);
            }

            public void remove(String path) throws StorageException {
                vfs.remove(path);
            }

            public void sync() throws StorageException {
                vfs.sync();
            }
        };
    }
}
