package org.mpyjvm.launcher;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.mpyjvm.runtime.Errno;
import org.mpyjvm.runtime.StorageException;
import org.mpyjvm.runtime.fs.Stat;

/**
 * {@code fs cp} with mpremote's rules: ':' marks a device path; a destination that is a folder (or ends with '/')
 * receives the source under its own name; several sources need a folder; a folder is copied only with {@code -r}.
 */
final class FsCopy {
    private final GuestFiles guest;

    FsCopy(GuestFiles guest) {
        this.guest = guest;
    }

    void copy(String src, String dest, boolean recursive, boolean multiple)
            throws IOException, StorageException, CommandFailure {
        boolean srcOnDevice = src.startsWith(":");
        boolean destOnDevice = dest.startsWith(":");
        if (!srcOnDevice && !destOnDevice) {
            throw new CommandFailure("cp: neither path is on the device; mark device paths with ':' (e.g. :/flash/x)");
        }
        String s = strip(src);
        String d = strip(dest);
        boolean forcedDir = d.length() > 1 && d.endsWith("/");
        if (forcedDir) {
            d = d.substring(0, d.length() - 1);
        }
        boolean destIsDir = destOnDevice ? isDeviceDir(d) : Files.isDirectory(Paths.get(d));
        if ((forcedDir || multiple) && !destIsDir) {
            throw new CommandFailure("cp: destination is not a directory");
        }
        boolean srcIsDir = srcOnDevice ? isDeviceDir(s) : Files.isDirectory(Paths.get(s));
        String target = destIsDir ? join(destOnDevice, d, baseName(s)) : d;
        if (srcIsDir) {
            if (!recursive) {
                throw new CommandFailure("cp: -r not specified; omitting directory");
            }
            copyTree(srcOnDevice, s, destOnDevice, target);
            return;
        }
        if (srcOnDevice && destOnDevice) {
            ByteArrayOutputStream buf = new ByteArrayOutputStream();
            GuestCopy.getFile(guest, s, buf);
            GuestCopy.putBytes(buf.toByteArray(), guest, target);
        } else if (srcOnDevice) {
            try (OutputStream out = Files.newOutputStream(Paths.get(target))) {
                GuestCopy.getFile(guest, s, out);
            }
        } else {
            Path host = Paths.get(s);
            if (!Files.isRegularFile(host)) {
                throw new StorageException(Errno.ENOENT, s);
            }
            GuestCopy.putFile(host, guest, target);
        }
    }

    private void copyTree(boolean srcOnDevice, String s, boolean destOnDevice, String target)
            throws IOException, StorageException, CommandFailure {
        if (srcOnDevice && destOnDevice) {
            throw new CommandFailure("cp -r: copying a folder within the device is not supported; copy it via the host");
        }
        if (srcOnDevice) {
            GuestCopy.getTree(guest, s, Paths.get(target));
        } else {
            if (!isDeviceDir(target)) {
                guest.mkdir(target);
            }
            GuestCopy.putTree(Paths.get(s), guest, target, p -> { });
        }
    }

    private boolean isDeviceDir(String path) {
        try {
            Stat st = guest.stat(path.isEmpty() ? "/" : path);
            return st.isDir();
        } catch (StorageException e) {
            return false;
        }
    }

    private static String strip(String p) {
        return p.startsWith(":") ? p.substring(1) : p;
    }

    private static String baseName(String p) {
        String t = p.endsWith("/") && p.length() > 1 ? p.substring(0, p.length() - 1) : p;
        int slash = Math.max(t.lastIndexOf('/'), t.lastIndexOf(java.io.File.separatorChar));
        return slash < 0 ? t : t.substring(slash + 1);
    }

    private static String join(boolean onDevice, String dir, String name) {
        if (onDevice) {
            return dir.isEmpty() ? name : GuestCopy.join(dir, name);
        }
        return Paths.get(dir).resolve(name).toString();
    }
}
