package org.mpyjvm.runtime.fs;

/** {@code os.statvfs}: (bsize, frsize, blocks, bfree, bavail, files, ffree, favail, flag, namemax). */
public record StatVfs(long bsize, long frsize, long blocks, long bfree, long bavail, long files, long ffree,
                      long favail, long flag, long namemax) {
}
