package org.mpyjvm.runtime.littlefs;

import java.util.ArrayList;
import java.util.List;
import org.mpyjvm.runtime.Errno;
import org.mpyjvm.runtime.StorageException;

/**
 * The current directory of a VfsLfs object ({@code vfs_lfsx.c}): a normalised absolute path ending in '/', to
 * which relative paths are appended. {@code chdir('..')} at the root raises ENOENT, as MicroPython does.
 */
final class CurrentDirectory {
    /** Tells whether a normalised absolute path names an existing directory. */
    interface DirectoryCheck {
        boolean isDirectory(String path) throws StorageException;
    }

    private String cwd = "/";

    /** make_path: relative paths are appended to the current directory. */
    String resolve(String path) {
        return path.startsWith("/") ? path : cwd + path;
    }

    void change(String path, DirectoryCheck check) throws StorageException {
        List<String> parts = new ArrayList<>();
        for (String p : resolve(path).split("/")) {
            if (p.isEmpty() || p.equals(".")) {
                continue;
            }
            if (p.equals("..")) {
                if (parts.isEmpty()) {
                    throw new StorageException(Errno.ENOENT);
                }
                parts.remove(parts.size() - 1);
                continue;
            }
            parts.add(p);
        }
        String normal = "/" + String.join("/", parts);
        if (!parts.isEmpty()) {
            boolean isDir;
            try {
                isDir = check.isDirectory(normal);
            } catch (StorageException e) {
                throw new StorageException(Errno.ENOENT);
            }
            if (!isDir) {
                throw new StorageException(Errno.ENOENT);
            }
        }
        cwd = parts.isEmpty() ? "/" : normal + "/";
    }

    /** getcwd: without the trailing '/', except for the root. */
    String get() {
        return cwd.length() == 1 ? "/" : cwd.substring(0, cwd.length() - 1);
    }
}
