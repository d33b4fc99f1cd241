package org.mpyjvm.runtime.vfs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mpyjvm.runtime.Errno;
import org.mpyjvm.runtime.StorageException;
import org.mpyjvm.runtime.fs.DirEntry;
import org.mpyjvm.runtime.fs.FileHandle;
import org.mpyjvm.runtime.fs.Filesystem;
import org.mpyjvm.runtime.fs.OpenMode;
import org.mpyjvm.runtime.fs.Stat;
import org.mpyjvm.runtime.fs.StatVfs;

/** A filesystem that records every call with the path it received; directories are declared up front. */
final class FakeFilesystem implements Filesystem {
    final String id;
    final List<String> calls = new ArrayList<>();
    final Set<String> dirs = new HashSet<>(Set.of("/"));
    final Map<String, List<DirEntry>> listings = new HashMap<>();
    String typeName = "FakeFs";
    String cwd = "/";
    /** What getcwd returns at the filesystem's root ("" imitates VfsRom). */
    String rootCwd = "/";

    FakeFilesystem(String id) {
        this.id = id;
    }

    private String absolute(String path) {
        if (path.startsWith("/")) {
            return path;
        }
        return cwd.endsWith("/") ? cwd + path : cwd + "/" + path;
    }

    @Override
    public void mount(boolean readonly, boolean mkfs) {
        calls.add("mount " + readonly + " " + mkfs);
    }

    @Override
    public void umount() {
        calls.add("umount");
    }

    @Override
    public FileHandle open(String path, OpenMode mode) throws StorageException {
        calls.add("open " + path);
        throw new StorageException(Errno.ENOENT);
    }

    @Override
    public List<DirEntry> ilistdir(String path) {
        calls.add("ilistdir " + path);
        return listings.getOrDefault(path, List.of());
    }

    @Override
    public Stat stat(String path) throws StorageException {
        calls.add("stat " + path);
        if (dirs.contains(absolute(path))) {
            return new Stat(DirEntry.DIR, 0, 0);
        }
        throw new StorageException(Errno.ENOENT);
    }

    @Override
    public StatVfs statvfs(String path) {
        calls.add("statvfs " + path);
        return new StatVfs(4096, 4096, 16, 14, 14, 0, 0, 0, 0, 255);
    }

    @Override
    public void mkdir(String path) {
        calls.add("mkdir " + path);
    }

    @Override
    public void rmdir(String path) {
        calls.add("rmdir " + path);
    }

    @Override
    public void remove(String path) {
        calls.add("remove " + path);
    }

    @Override
    public void rename(String oldPath, String newPath) {
        calls.add("rename " + oldPath + " " + newPath);
    }

    @Override
    public void chdir(String path) throws StorageException {
        calls.add("chdir " + path);
        String target = absolute(path);
        if (!dirs.contains(target)) {
            throw new StorageException(Errno.ENOENT);
        }
        cwd = target;
    }

    @Override
    public String getcwd() {
        return cwd.equals("/") ? rootCwd : cwd;
    }

    @Override
    public void sync() {
        calls.add("sync");
    }

    @Override
    public String typeName() {
        return typeName;
    }

    String lastCall() {
        return calls.isEmpty() ? null : calls.get(calls.size() - 1);
    }
}
