package org.mpyjvm.launcher;

import java.util.List;

/**
 * What an image file holds and the block device needed to mount it: {@code blockSize} bytes per block and
 * {@code blockCount} blocks (as the on-disk structures state them), plus the facts {@code image info} prints.
 */
record ImageGeometry(Kind kind, int blockSize, long blockCount, List<String> facts) {
    enum Kind {
        FAT("VfsFat"), LFS1("VfsLfs1"), LFS2("VfsLfs2"), ROMFS("VfsRom");

        final String vfsType;

        Kind(String vfsType) {
            this.vfsType = vfsType;
        }
    }
}
