package org.mpyjvm.runtime.fs;

/** One {@code ilistdir} tuple: {@code (name, type, inode, size)}; type is 0x4000 (dir) or 0x8000 (file). */
public record DirEntry(String name, int type, long inode, long size) {
    public static final int DIR = 0x4000;
    public static final int FILE = 0x8000;

    public boolean isDir() {
        return type == DIR;
    }
}
