package org.mpyjvm.stdlib.circuitpython;

import java.util.List;
import java.util.function.BooleanSupplier;
import org.mpyjvm.runtime.Errno;
import org.mpyjvm.runtime.StorageException;
import org.mpyjvm.runtime.fat.FatFilesystem;
import org.mpyjvm.runtime.fs.DirEntry;
import org.mpyjvm.runtime.fs.FileHandle;
import org.mpyjvm.runtime.fs.Filesystem;
import org.mpyjvm.runtime.fs.OpenMode;
import org.mpyjvm.runtime.fs.Stat;
import org.mpyjvm.runtime.fs.StatVfs;

/**
 * CircuitPython's {@code VfsFat} over a FAT volume: before any write reaches the disk it asks whether Python may
 * write now ({@link DrivePermissions}) and raises {@code EROFS} if not, as CircuitPython's {@code vfs_fat.c} checks
 * {@code filesystem_is_writable_by_python} in open (w/a/x/+), mkdir, rmdir, remove, rename and the label setter.
 */
public final class ProtectedFilesystem implements Filesystem {
    private final FatFilesystem fat;
    private final BooleanSupplier pythonMayWrite;

    public ProtectedFilesystem(FatFilesystem fat, BooleanSupplier pythonMayWrite) {
        this.fat = fat;
        this.pythonMayWrite = pythonMayWrite;
    }

    public FatFilesystem fat() {
        return fat;
    }

    /** Whether Python may write this volume now (CircuitPython's {@code VfsFat.readonly} is the negation). */
    public boolean writable() {
        return pythonMayWrite.getAsBoolean();
    }

    private void checkWritable() throws StorageException {
        if (!pythonMayWrite.getAsBoolean()) {
            throw new StorageException(Errno.EROFS);
        }
    }

    @Override
    public void mount(boolean readonly, boolean mkfs) throws StorageException {
        fat.mount(readonly, mkfs);
    }

    @Override
    public void umount() throws StorageException {
        fat.umount();
    }

    @Override
    public FileHandle open(String path, OpenMode mode) throws StorageException {
        if (mode.write() || mode.create() || mode.truncate() || mode.append()) {
            checkWritable();
        }
        return fat.open(path, mode);
    }

    @Override
    public List<DirEntry> ilistdir(String path) throws StorageException {
        return fat.ilistdir(path);
    }

    @Override
    public Stat stat(String path) throws StorageException {
        return fat.stat(path);
    }

    @Override
    public StatVfs statvfs(String path) throws StorageException {
        return fat.statvfs(path);
    }

    @Override
    public void mkdir(String path) throws StorageException {
        checkWritable();
        fat.mkdir(path);
    }

    @Override
    public void rmdir(String path) throws StorageException {
        checkWritable();
        fat.rmdir(path);
    }

    @Override
    public void remove(String path) throws StorageException {
        checkWritable();
        fat.remove(path);
    }

    @Override
    public void rename(String oldPath, String newPath) throws StorageException {
        checkWritable();
        fat.rename(oldPath, newPath);
    }

    @Override
    public void chdir(String path) throws StorageException {
        fat.chdir(path);
    }

    @Override
    public String getcwd() throws StorageException {
        return fat.getcwd();
    }

    @Override
    public void sync() throws StorageException {
        fat.sync();
    }

    public String label() throws StorageException {
        return fat.label();
    }

    public void setLabel(String label) throws StorageException {
        checkWritable();
        fat.setLabel(label);
    }

    @Override
    public String typeName() {
        return "VfsFat";
    }
}
