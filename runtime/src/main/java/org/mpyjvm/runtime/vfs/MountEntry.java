package org.mpyjvm.runtime.vfs;

import org.mpyjvm.runtime.fs.Filesystem;

/**
 * One row of the mount table: the mount point exactly as given to {@code vfs.mount} (no normalisation) and the
 * filesystem object mounted there. The first character of the mount point plays the role of the slash, as
 * upstream does, so {@code "/flash"} is reached as {@code /flash}.
 */
public record MountEntry(String mountPoint, Filesystem fs, boolean readonly) {
    /** A mount at {@code "/"}: it matches every path and always stays last in the table. */
    public boolean isRoot() {
        return mountPoint.length() == 1;
    }

    /** The name shown in a listing of the virtual root: the mount point without its first character. */
    public String name() {
        return mountPoint.substring(1);
    }
}
