package org.mpyjvm.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.mpyjvm.runtime.Errno;
import org.mpyjvm.runtime.StorageException;
import org.mpyjvm.runtime.fs.DirEntry;
import org.mpyjvm.runtime.fs.FileHandle;
import org.mpyjvm.runtime.fs.OpenMode;

/** Moves files between the host and a guest filesystem, in chunks, through the filesystem's own file handles. */
final class GuestCopy {
    private static final int CHUNK = 64 * 1024;
    /** Directory nesting bound: on-disk loops in a corrupt image must not recurse forever. */
    private static final int MAX_DEPTH = 64;

    private GuestCopy() {
    }

    static String join(String dir, String name) {
        return dir.endsWith("/") ? dir + name : dir + "/" + name;
    }

    /** Writes a host file to {@code guestPath}; returns the byte count. */
    static long putFile(Path host, GuestFiles guest, String guestPath) throws IOException, StorageException {
        FileHandle f = guest.open(guestPath, OpenMode.WRITE);
        long total = 0;
        try (InputStream in = Files.newInputStream(host)) {
            byte[] buf = new byte[CHUNK];
            int n;
            while ((n = in.read(buf)) > 0) {
                f.write(buf, 0, n);
                total += n;
            }
        } finally {
            f.close();
        }
        return total;
    }

    static void putBytes(byte[] data, GuestFiles guest, String guestPath) throws StorageException {
        FileHandle f = guest.open(guestPath, OpenMode.WRITE);
        try {
            f.write(data, 0, data.length);
        } finally {
            f.close();
        }
    }

    /** Streams a guest file to {@code out}; returns the byte count. */
    static long getFile(GuestFiles guest, String guestPath, OutputStream out) throws IOException, StorageException {
        FileHandle f = guest.open(guestPath, OpenMode.READ);
        long total = 0;
        try {
            byte[] buf = new byte[CHUNK];
            int n;
            while ((n = f.read(buf, 0, buf.length)) > 0) {
                out.write(buf, 0, n);
                total += n;
            }
        } finally {
            f.close();
        }
        return total;
    }

    /**
     * Copies the host folder's content (sorted, recursively) into the guest directory {@code guestDir};
     * {@code beforeEach} is told each host path before it is created (the image builder sets its clock there).
     * Returns {files, directories}.
     */
    static long[] putTree(Path hostDir, GuestFiles guest, String guestDir, Consumer<Path> beforeEach)
            throws IOException, StorageException {
        long[] counts = new long[2];
        putTree(hostDir, guest, guestDir, beforeEach, counts, 0);
        return counts;
    }

    private static void putTree(Path hostDir, GuestFiles guest, String guestDir, Consumer<Path> beforeEach,
                                long[] counts, int depth) throws IOException, StorageException {
        if (depth > MAX_DEPTH) {
            throw new IOException("folders nested deeper than " + MAX_DEPTH + " at " + hostDir);
        }
        List<Path> children;
        try (Stream<Path> s = Files.list(hostDir)) {
            children = s.sorted().toList();
        }
        for (Path child : children) {
            String target = join(guestDir, child.getFileName().toString());
            beforeEach.accept(child);
            if (Files.isDirectory(child)) {
                guest.mkdir(target);
                counts[1]++;
                putTree(child, guest, target, beforeEach, counts, depth + 1);
            } else if (Files.isRegularFile(child)) {
                putFile(child, guest, target);
                counts[0]++;
            }
        }
    }

    /** Copies a guest directory's content into a host folder (created as needed); returns {files, directories}. */
    static long[] getTree(GuestFiles guest, String guestDir, Path hostDir) throws IOException, StorageException {
        long[] counts = new long[2];
        getTree(guest, guestDir, hostDir, counts, 0);
        return counts;
    }

    private static void getTree(GuestFiles guest, String guestDir, Path hostDir, long[] counts, int depth)
            throws IOException, StorageException {
        if (depth > MAX_DEPTH) {
            throw new StorageException(Errno.EIO, "directories nested deeper than " + MAX_DEPTH + " at " + guestDir);
        }
        Files.createDirectories(hostDir);
        for (DirEntry e : guest.list(guestDir)) {
            Path target = hostDir.resolve(safeName(e.name()));
            if (e.isDir()) {
                counts[1]++;
                getTree(guest, join(guestDir, e.name()), target, counts, depth + 1);
            } else {
                try (OutputStream out = Files.newOutputStream(target)) {
                    getFile(guest, join(guestDir, e.name()), out);
                }
                counts[0]++;
            }
        }
    }

    /** A name read from an image never escapes the target folder. */
    private static String safeName(String name) throws StorageException {
        if (name.isEmpty() || name.equals(".") || name.equals("..") || name.contains("/") || name.indexOf('\0') >= 0) {
            throw new StorageException(Errno.EIO, "unsafe entry name '" + name + "' in the image");
        }
        return name;
    }
}
