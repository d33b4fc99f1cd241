package org.mpyjvm.runtime.posix;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
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
 * The unix board's {@code /}: a host folder, like the unix port's VfsPosix, but confined to that folder.
 * Guest paths are normalised lexically first ({@link GuestPath}), so {@code ..} and absolute paths stop at the
 * folder; then each component is resolved on the host, and a symbolic link is followed only when its real target
 * stays inside the folder (else EACCES). Operations that act on a directory entry itself (remove, rmdir, rename,
 * mkdir) resolve only the parent, so removing a link removes the link. A dangling link reads as absent (ENOENT),
 * which also means nothing is ever created through one.
 *
 * <p>Errors are the host's errno (ENOENT, EEXIST, ENOTDIR, EISDIR, ENOTEMPTY = 39, ...). {@code st_mode} is just
 * the type bits (0x4000/0x8000) like the other filesystems, not the host's permission bits; mtime is the host's
 * modification time in seconds since 1970 (the unix port's epoch); statvfs describes the host filesystem.
 */
public final class PosixFilesystem implements Filesystem {
    private final Path root;
    private List<String> cwd = List.of();
    private boolean readonly;

    /** @param folder an existing host directory that becomes {@code /} */
    public PosixFilesystem(Path folder) throws IOException {
        this.root = folder.toRealPath();
        if (!Files.isDirectory(root)) {
            throw new IOException("not a directory: " + folder);
        }
    }

    public Path hostRoot() {
        return root;
    }

    // ---- confinement ----

    /** The real host path of a guest path, every link followed and checked to stay inside the folder. */
    private Path followed(List<String> parts) throws StorageException {
        Path real = root;
        for (String part : parts) {
            real = step(real, part);
        }
        return real;
    }

    private Path step(Path realDir, String part) throws StorageException {
        Path next = realDir.resolve(part);
        if (Files.isSymbolicLink(next)) {
            try {
                next = next.toRealPath();
            } catch (IOException e) {
                throw new StorageException(Errno.ENOENT, "dangling link " + part);
            }
            if (!next.startsWith(root)) {
                throw new StorageException(Errno.EACCES, "link " + part + " leads outside the device folder");
            }
        }
        return next;
    }

    /** The host path of the directory entry itself: its parent followed, its last component not. */
    private Path entry(List<String> parts) throws StorageException {
        if (parts.isEmpty()) {
            throw new StorageException(Errno.EPERM, "the root of the device folder");
        }
        return followed(parts.subList(0, parts.size() - 1)).resolve(parts.get(parts.size() - 1));
    }

    private List<String> parts(String path) {
        return GuestPath.components(GuestPath.toString(cwd), path);
    }

    private void checkWritable() throws StorageException {
        if (readonly) {
            throw new StorageException(Errno.EROFS);
        }
    }

    // ---- Filesystem ----

    @Override
    public void mount(boolean readonly, boolean mkfs) {
        this.readonly = readonly;
    }

    @Override
    public void umount() {
    }

    @Override
    public FileHandle open(String path, OpenMode mode) throws StorageException {
        if (mode.write()) {
            checkWritable();
        }
        Path target = followed(parts(path));
        if (Files.isDirectory(target)) {
            throw new StorageException(Errno.EISDIR);
        }
        Set<OpenOption> options = new HashSet<>();
        if (mode.read()) {
            options.add(StandardOpenOption.READ);
        }
        if (mode.write()) {
            options.add(StandardOpenOption.WRITE);
        }
        if (mode.exclusive()) {
            options.add(StandardOpenOption.CREATE_NEW);
        } else if (mode.create()) {
            options.add(StandardOpenOption.CREATE);
        }
        if (mode.truncate()) {
            options.add(StandardOpenOption.TRUNCATE_EXISTING);
        }
        if (options.isEmpty()) {
            options.add(StandardOpenOption.READ);
        }
        try {
            FileChannel channel = FileChannel.open(target, options);
            return new PosixFileHandle(channel, mode.read(), mode.write(), mode.append());
        } catch (IOException e) {
            throw HostErrors.of(e);
        }
    }

    @Override
    public List<DirEntry> ilistdir(String path) throws StorageException {
        Path dir = followed(parts(path));
        if (!Files.exists(dir)) {
            throw new StorageException(Errno.ENOENT);
        }
        if (!Files.isDirectory(dir)) {
            throw new StorageException(Errno.ENOTDIR);
        }
        List<DirEntry> out = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
            for (Path child : stream) {
                out.add(describe(dir, child.getFileName().toString()));
            }
        } catch (IOException e) {
            throw HostErrors.of(e);
        }
        return out;
    }

    /** A listing entry; a link that leads outside (or nowhere) shows as an empty file, revealing nothing. */
    private DirEntry describe(Path realDir, String name) {
        try {
            Path target = step(realDir, name);
            BasicFileAttributes a = Files.readAttributes(target, BasicFileAttributes.class);
            return a.isDirectory() ? new DirEntry(name, DirEntry.DIR, 0, 0)
                    : new DirEntry(name, DirEntry.FILE, 0, a.size());
        } catch (StorageException | IOException e) {
            return new DirEntry(name, DirEntry.FILE, 0, 0);
        }
    }

    @Override
    public Stat stat(String path) throws StorageException {
        Path target = followed(parts(path));
        try {
            BasicFileAttributes a = Files.readAttributes(target, BasicFileAttributes.class);
            long mtime = a.lastModifiedTime().toMillis() / 1000;
            return a.isDirectory() ? new Stat(DirEntry.DIR, 0, mtime) : new Stat(DirEntry.FILE, a.size(), mtime);
        } catch (IOException e) {
            throw HostErrors.of(e);
        }
    }

    @Override
    public StatVfs statvfs(String path) throws StorageException {
        followed(parts(path));
        try {
            FileStore store = Files.getFileStore(root);
            long bsize;
            try {
                bsize = store.getBlockSize();
            } catch (UnsupportedOperationException e) {
                bsize = 4096;
            }
            return new StatVfs(bsize, bsize, store.getTotalSpace() / bsize, store.getUnallocatedSpace() / bsize,
                    store.getUsableSpace() / bsize, 0, 0, 0, readonly ? 1 : 0, 255);
        } catch (IOException e) {
            throw HostErrors.of(e);
        }
    }

    @Override
    public void mkdir(String path) throws StorageException {
        checkWritable();
        Path target = entry(parts(path));
        try {
            Files.createDirectory(target);
        } catch (IOException e) {
            throw HostErrors.of(e);
        }
    }

    @Override
    public void rmdir(String path) throws StorageException {
        checkWritable();
        Path target = entry(parts(path));
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new StorageException(Errno.ENOENT);
        }
        if (!Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new StorageException(Errno.ENOTDIR);
        }
        delete(target);
    }

    @Override
    public void remove(String path) throws StorageException {
        checkWritable();
        Path target = entry(parts(path));
        if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new StorageException(Errno.EISDIR);
        }
        delete(target);
    }

    private static void delete(Path target) throws StorageException {
        try {
            Files.delete(target);
        } catch (IOException e) {
            throw HostErrors.of(e);
        }
    }

    /** rename(2) semantics: a file replaces a file, a directory replaces an empty directory. */
    @Override
    public void rename(String oldPath, String newPath) throws StorageException {
        checkWritable();
        List<String> from = parts(oldPath);
        List<String> to = parts(newPath);
        Path source = entry(from);
        Path target = entry(to);
        if (!Files.exists(source, LinkOption.NOFOLLOW_LINKS)) {
            throw new StorageException(Errno.ENOENT);
        }
        boolean sourceIsDir = Files.isDirectory(source, LinkOption.NOFOLLOW_LINKS);
        if (sourceIsDir && to.size() > from.size() && to.subList(0, from.size()).equals(from)) {
            throw new StorageException(Errno.EINVAL, "cannot move a directory into itself");
        }
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            boolean targetIsDir = Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS);
            if (!sourceIsDir && targetIsDir) {
                throw new StorageException(Errno.EISDIR);
            }
            if (sourceIsDir && !targetIsDir) {
                throw new StorageException(Errno.ENOTDIR);
            }
        }
        try {
            Files.move(source, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw HostErrors.of(e);
        }
    }

    @Override
    public void chdir(String path) throws StorageException {
        List<String> target = parts(path);
        Path dir = followed(target);
        if (!Files.exists(dir)) {
            throw new StorageException(Errno.ENOENT);
        }
        if (!Files.isDirectory(dir)) {
            throw new StorageException(Errno.ENOTDIR);
        }
        cwd = List.copyOf(target);
    }

    @Override
    public String getcwd() {
        return GuestPath.toString(cwd);
    }

    /** Host writes are already with the OS; nothing is buffered here. */
    @Override
    public void sync() {
    }

    @Override
    public String typeName() {
        return "VfsPosix";
    }
}
