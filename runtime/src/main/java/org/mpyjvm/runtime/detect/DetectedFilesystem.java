package org.mpyjvm.runtime.detect;

/** What {@code vfs.mount} builds for a bare block device. */
public enum DetectedFilesystem {
    /** {@code VfsLfs1(bdev)}. */
    LFS1,
    /** {@code VfsLfs2(bdev)} with its default options. */
    LFS2,
    /** {@code VfsFat(bdev)}: the fallback, even for a blank device (VfsFat then reports ENODEV itself). */
    FAT
}
