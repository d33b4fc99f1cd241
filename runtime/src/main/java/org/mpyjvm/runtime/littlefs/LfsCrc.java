package org.mpyjvm.runtime.littlefs;

/**
 * littlefs's CRC-32: polynomial 0x04C11DB7 in reflected form, caller-chosen initial value and no final XOR, so
 * {@code crc(0xFFFFFFFF, data) == zlib.crc32(data) ^ 0xFFFFFFFF}. Appending the little-endian CRC to the data
 * makes the CRC of the whole run 0, which is how commits are re-verified after programming.
 */
final class LfsCrc {
    private static final int[] TABLE = new int[256];

    static {
        for (int i = 0; i < 256; i++) {
            int c = i;
            for (int k = 0; k < 8; k++) {
                c = (c & 1) != 0 ? (c >>> 1) ^ 0xEDB88320 : c >>> 1;
            }
            TABLE[i] = c;
        }
    }

    private LfsCrc() {
    }

    static int update(int crc, byte[] data, int off, int len) {
        for (int i = 0; i < len; i++) {
            crc = (crc >>> 8) ^ TABLE[(crc ^ data[off + i]) & 0xFF];
        }
        return crc;
    }

    static int updateLe32(int crc, int word) {
        for (int i = 0; i < 4; i++) {
            crc = (crc >>> 8) ^ TABLE[(crc ^ (word >>> (8 * i))) & 0xFF];
        }
        return crc;
    }

    static int updateBe32(int crc, int word) {
        for (int i = 3; i >= 0; i--) {
            crc = (crc >>> 8) ^ TABLE[(crc ^ (word >>> (8 * i))) & 0xFF];
        }
        return crc;
    }
}
