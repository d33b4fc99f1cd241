package org.mpyjvm.runtime.fs;

/** The fields of {@code os.stat} that vary; inode, dev, nlink, uid and gid are always 0 on MicroPython. */
public record Stat(int mode, long size, long mtime) {
    public boolean isDir() {
        return mode == DirEntry.DIR;
    }
}
