package org.mpyjvm.launcher;

import java.io.PrintStream;
import java.util.List;
import org.mpyjvm.runtime.Errno;
import org.mpyjvm.runtime.StorageException;
import org.mpyjvm.runtime.fs.DirEntry;

/** Listings as mpremote prints them: {@code ls} as {@code "{:12} {name}"} with a '/' after directories, and a tree. */
final class GuestListing {
    private static final int MAX_DEPTH = 64;

    private GuestListing() {
    }

    static void ls(GuestFiles guest, String path, PrintStream out) throws StorageException {
        for (DirEntry e : guest.list(path)) {
            out.println(String.format("%12d %s%s", e.isDir() ? 0 : e.size(), e.name(), e.isDir() ? "/" : ""));
        }
    }

    /** {@code path} and everything below it, drawn like mpremote's romfs builder draws the source tree. */
    static void tree(GuestFiles guest, String path, PrintStream out) throws StorageException {
        out.println(path);
        tree(guest, path, "", out, 0);
    }

    private static void tree(GuestFiles guest, String dir, String prefix, PrintStream out, int depth)
            throws StorageException {
        if (depth > MAX_DEPTH) {
            throw new StorageException(Errno.EIO, "directories nested deeper than " + MAX_DEPTH + " at " + dir);
        }
        List<DirEntry> entries = guest.list(dir);
        for (int i = 0; i < entries.size(); i++) {
            DirEntry e = entries.get(i);
            boolean last = i == entries.size() - 1;
            String branch = last ? "\\-- " : "|-- ";
            if (e.isDir()) {
                out.println(prefix + branch + e.name() + "/");
                tree(guest, GuestCopy.join(dir, e.name()), prefix + (last ? "    " : "|   "), out, depth + 1);
            } else {
                out.println(prefix + branch + e.name() + " (" + e.size() + " bytes)");
            }
        }
    }
}
