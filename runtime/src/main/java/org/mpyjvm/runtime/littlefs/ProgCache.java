package org.mpyjvm.runtime.littlefs;

import java.util.Arrays;

/**
 * A program cache: bytes waiting to be programmed into one block, starting at a prog-aligned offset. littlefs
 * fills the unused tail with 0xFF so that a flush programs whole prog units without disturbing erased bytes.
 */
final class ProgCache {
    static final int NONE = -1;

    final byte[] buffer;
    int block = NONE;
    int off;
    int size;

    ProgCache(int cacheSize) {
        buffer = new byte[cacheSize];
        Arrays.fill(buffer, (byte) 0xFF);
    }

    void reset() {
        Arrays.fill(buffer, (byte) 0xFF);
        block = NONE;
        size = 0;
    }

    void copyFrom(ProgCache other) {
        System.arraycopy(other.buffer, 0, buffer, 0, buffer.length);
        block = other.block;
        off = other.off;
        size = other.size;
    }
}
