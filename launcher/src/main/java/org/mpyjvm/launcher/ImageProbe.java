package org.mpyjvm.launcher;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.mpyjvm.launcher.ImageGeometry.Kind;

/**
 * Recognises the filesystem in an image file from its on-disk structures alone (no block size needs to be known):
 * the ROMFS header; littlefs v2's superblock (rev, the "littlefs" name tag, the inline superblock struct with
 * version, block size and block count) or v1's superblock entry (block size, count and version at bytes 28..39,
 * the magic at 40), looked for in block 0 and else in block 1 at every power-of-two block size; a FAT boot sector
 * at sector 0 or behind an MBR partition entry. Every number read is checked before it is used.
 */
final class ImageProbe {
    private static final byte[] ROMFS_MAGIC = {(byte) 0xD2, (byte) 0xCD, 0x31};
    private static final byte[] LFS_MAGIC = "littlefs".getBytes(StandardCharsets.US_ASCII);
    private static final int LFS2_TYPE_NAME_SUPERBLOCK = 0x0FF;
    private static final int LFS2_TYPE_INLINESTRUCT = 0x201;
    private static final int LFS1_TYPE_SUPERBLOCK = 0x2E;
    private static final int MIN_BLOCK = 128;
    private static final int MAX_BLOCK = 1 << 20;

    private final RandomAccessFile file;
    private final long length;

    private ImageProbe(RandomAccessFile file) throws IOException {
        this.file = file;
        this.length = file.length();
    }

    /** The image's geometry, or null when no known filesystem is recognised. */
    static ImageGeometry probe(Path image) throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(image.toFile(), "r")) {
            ImageProbe p = new ImageProbe(f);
            ImageGeometry g = p.romfs();
            if (g == null) {
                g = p.littlefs();
            }
            if (g == null) {
                g = p.fat();
            }
            return g;
        }
    }

    /** {@code len} bytes at {@code offset}; bytes beyond the end of the file read as zero. */
    private byte[] read(long offset, int len) throws IOException {
        byte[] b = new byte[len];
        if (offset < length) {
            file.seek(offset);
            file.read(b, 0, (int) Math.min(len, length - offset));
        }
        return b;
    }

    // ---- ROMFS -------------------------------------------------------------------------------------------

    private ImageGeometry romfs() throws IOException {
        byte[] head = read(0, 16);
        if (length < 4 || !Arrays.equals(head, 0, 3, ROMFS_MAGIC, 0, 3)) {
            return null;
        }
        long payload = 0;
        int at = 3;
        while (at < head.length && (head[at] & 0x80) != 0) {
            payload = (payload << 7) | (head[at++] & 0x7F);
        }
        if (at >= head.length) {
            return null;
        }
        payload = (payload << 7) | (head[at++] & 0x7F);
        List<String> facts = new ArrayList<>();
        facts.add("filesystem: ROMFS (VfsRom), MicroPython's read-only image format");
        facts.add("image size: " + (at + payload) + " bytes (header " + at + ", payload " + payload + ")");
        if (at + payload > length) {
            facts.add("problem: the header promises " + (at + payload) + " bytes but the file has " + length);
        } else if (length > at + payload) {
            facts.add("trailing bytes after the image: " + (length - at - payload) + " (ignored by VfsRom)");
        }
        facts.add("block size: none (a ROMFS is a byte buffer: deploy it to a ROM segment of at least "
                + (at + payload) + " bytes)");
        return new ImageGeometry(Kind.ROMFS, 1, at + payload, facts);
    }

    // ---- littlefs ----------------------------------------------------------------------------------------

    /** A superblock found in one block of the pair, with its revision count. */
    private record Superblock(ImageGeometry geometry, long revision) {
    }

    private ImageGeometry littlefs() throws IOException {
        Superblock first = littlefsAt(0, 0);
        if (first != null) {
            // The other block of the superblock pair may be newer (a later compaction); prefer it then.
            int bs = first.geometry().blockSize();
            Superblock second = littlefsAt(bs, bs);
            boolean secondNewer = second != null && (int) (second.revision() - first.revision()) > 0;
            return (secondNewer ? second : first).geometry();
        }
        for (int bs = MIN_BLOCK; bs <= MAX_BLOCK && bs < length; bs <<= 1) {
            Superblock sb = littlefsAt(bs, bs);
            if (sb != null) {
                return sb.geometry();
            }
        }
        return null;
    }

    /** The superblock in the block at byte {@code offset}; {@code expectedBlockSize} 0 when not yet known. */
    private Superblock littlefsAt(long offset, int expectedBlockSize) throws IOException {
        byte[] b = read(offset, 64);
        long rev = le32(b, 0);
        // v2: rev, tag (big-endian, xor 0xffffffff), "littlefs", tag (xor previous), struct.
        long tag1 = be32(b, 4) ^ 0xFFFFFFFFL;
        if (((tag1 >> 20) & 0x7FF) == LFS2_TYPE_NAME_SUPERBLOCK && (tag1 & 0x3FF) == 8
                && Arrays.equals(b, 8, 16, LFS_MAGIC, 0, 8)) {
            long tag2 = be32(b, 16) ^ tag1;
            if (((tag2 >> 20) & 0x7FF) != LFS2_TYPE_INLINESTRUCT || (tag2 & 0x3FF) < 24) {
                return null;
            }
            return lfsGeometry(Kind.LFS2, offset, rev, le32(b, 20), le32(b, 24), le32(b, 28),
                    "name_max " + le32(b, 32) + ", file_max " + le32(b, 36) + ", attr_max " + le32(b, 40),
                    expectedBlockSize);
        }
        // v1: rev, size, tail[2], entry {type, elen, alen, nlen, root[2], block_size, block_count, version}, name.
        if ((b[16] & 0x7F) == LFS1_TYPE_SUPERBLOCK && Arrays.equals(b, 40, 48, LFS_MAGIC, 0, 8)) {
            return lfsGeometry(Kind.LFS1, offset, rev, le32(b, 36), le32(b, 28), le32(b, 32),
                    "root directory pair {" + le32(b, 20) + ", " + le32(b, 24) + "}", expectedBlockSize);
        }
        return null;
    }

    private Superblock lfsGeometry(Kind kind, long offset, long rev, long version, long blockSize, long blockCount,
                                   String more, int expectedBlockSize) {
        if (blockSize < MIN_BLOCK || blockSize > MAX_BLOCK || blockCount < 2 || blockCount > Integer.MAX_VALUE
                || expectedBlockSize != 0 && blockSize != expectedBlockSize) {
            return null;
        }
        List<String> facts = new ArrayList<>();
        long major = version >>> 16;
        long minor = version & 0xFFFF;
        facts.add(String.format("filesystem: littlefs v%d.%d (%s), disk version 0x%08x", major, minor,
                kind.vfsType, version));
        facts.add("block size: " + blockSize + " (from the superblock)");
        facts.add("block count: " + blockCount + " (" + blockSize * blockCount + " bytes)");
        facts.add("superblock: block " + (offset == 0 ? 0 : 1) + ", revision " + rev);
        facts.add(more);
        long needed = blockSize * blockCount;
        if (needed > length) {
            facts.add("problem: the superblock needs " + needed + " bytes but the file has " + length);
        } else if (needed < length) {
            facts.add("note: the file has " + (length - needed) + " bytes after the filesystem's last block");
        }
        return new Superblock(new ImageGeometry(kind, (int) blockSize, blockCount, facts), rev);
    }

    // ---- FAT ---------------------------------------------------------------------------------------------

    private ImageGeometry fat() throws IOException {
        byte[] s0 = read(0, 512);
        if (plausibleBpb(s0)) {
            return fatGeometry(s0, 0, "at sector 0 (no partition table)");
        }
        if ((s0[510] & 0xFF) != 0x55 || (s0[511] & 0xFF) != 0xAA) {
            return null;
        }
        for (int i = 0; i < 4; i++) {
            int e = 446 + 16 * i;
            int type = s0[e + 4] & 0xFF;
            long lba = le32(s0, e + 8);
            if (type == 0 || lba == 0) {
                continue;
            }
            for (int ss = 512; ss <= 4096; ss <<= 1) {
                byte[] vbr = read(lba * ss, 512);
                if (plausibleBpb(vbr) && le16(vbr, 11) == ss) {
                    return fatGeometry(vbr, lba, String.format("at sector %d (MBR partition %d, type 0x%02x)",
                            lba, i + 1, type));
                }
            }
        }
        return null;
    }

    private static boolean plausibleBpb(byte[] s) {
        int jump = s[0] & 0xFF;
        int bps = le16(s, 11);
        int spc = s[13] & 0xFF;
        int fats = s[16] & 0xFF;
        long total = le16(s, 19) != 0 ? le16(s, 19) : le32(s, 32);
        long fatSize = le16(s, 22) != 0 ? le16(s, 22) : le32(s, 36);
        return (jump == 0xEB || jump == 0xE9 || jump == 0xE8)
                && bps >= 512 && bps <= 4096 && Integer.bitCount(bps) == 1
                && spc != 0 && Integer.bitCount(spc) == 1 && le16(s, 14) != 0
                && (fats == 1 || fats == 2) && total != 0 && fatSize != 0;
    }

    private ImageGeometry fatGeometry(byte[] s, long volumeStart, String where) {
        int bps = le16(s, 11);
        int spc = s[13] & 0xFF;
        int reserved = le16(s, 14);
        int fats = s[16] & 0xFF;
        int rootEntries = le16(s, 17);
        long total = le16(s, 19) != 0 ? le16(s, 19) : le32(s, 32);
        long fatSize = le16(s, 22) != 0 ? le16(s, 22) : le32(s, 36);
        long rootSectors = ((long) rootEntries * 32 + bps - 1) / bps;
        long data = total - reserved - fats * fatSize - rootSectors;
        if (data <= 0) {
            return null;
        }
        long clusters = data / spc;
        // FatFs's rule: the cluster count alone decides the type.
        String type = clusters <= 0xFF5 ? "FAT12" : clusters <= 0xFFF5 ? "FAT16" : "FAT32";
        long deviceBlocks = length / bps;
        List<String> facts = new ArrayList<>();
        facts.add("filesystem: " + type + " (VfsFat)");
        facts.add("block size: " + bps + " (the sector size; the block device's ioctl(5) must return it)");
        facts.add("block count: " + deviceBlocks + " (" + length + " bytes)");
        facts.add("volume: " + where + ", " + total + " sectors");
        facts.add("cluster size: " + spc + " sectors (" + (long) spc * bps + " bytes), " + clusters + " clusters");
        facts.add("layout: " + reserved + " reserved sectors, " + fats + " FAT" + (fats == 1 ? "" : "s") + " of "
                + fatSize + " sectors" + (type.equals("FAT32") ? "" : ", " + rootEntries + " root entries"));
        if (volumeStart + total > deviceBlocks) {
            facts.add("problem: the volume ends at sector " + (volumeStart + total) + " but the file has "
                    + deviceBlocks);
        }
        return new ImageGeometry(Kind.FAT, bps, deviceBlocks, facts);
    }

    // ---- little helpers ----------------------------------------------------------------------------------

    private static int le16(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
    }

    private static long le32(byte[] b, int at) {
        return (b[at] & 0xFFL) | (b[at + 1] & 0xFFL) << 8 | (b[at + 2] & 0xFFL) << 16 | (b[at + 3] & 0xFFL) << 24;
    }

    private static long be32(byte[] b, int at) {
        return (b[at] & 0xFFL) << 24 | (b[at + 1] & 0xFFL) << 16 | (b[at + 2] & 0xFFL) << 8 | (b[at + 3] & 0xFFL);
    }
}
