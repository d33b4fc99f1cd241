package org.mpyjvm.runtime.romfs;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.mpyjvm.runtime.Errno;
import org.mpyjvm.runtime.StorageException;

/**
 * Reader of MicroPython's ROMFS image format ({@code extmod/vfs_rom.c}, spec {@code romfs.md}), zero-copy over a
 * {@link ByteRegion}.
 *
 * <pre>
 * image   = D2 CD 31 (varuint 0x14A6B1) · varuint payload_len · payload            (trailing bytes ignored)
 * record  = varuint kind · varuint length · payload[length]                       (packed, unaligned)
 * kind 0 unused      ends the enclosing level (treated as corrupt)
 * kind 1 padding     skipped
 * kind 2 verbatim    the file's bytes
 * kind 3 indirect    varuint size · varuint offset (from the first payload byte of the filesystem record)
 * kind 4 directory   varuint name_len · name · nested records
 * kind 5 file        varuint name_len · name · nested records; the first kind 2/3 among them is the data
 * other              skipped (forward compatibility)
 * varuint            big-endian base-128, bit 7 set on every byte but the last; leading 0x80 bytes are padding
 * </pre>
 *
 * Upstream trusts every length and pointer; here each one is checked against its enclosing record and the region,
 * and a violation makes the entry invisible (lookup: not found; listing: the listing ends), exactly where upstream
 * would have stopped on a malformed record. Every loop advances by at least two bytes per record, so scanning is
 * bounded by the image length.
 */
public final class RomfsImage {
    public static final long KIND_UNUSED = 0;
    public static final long KIND_PADDING = 1;
    public static final long KIND_DATA_VERBATIM = 2;
    public static final long KIND_DATA_POINTER = 3;
    public static final long KIND_DIRECTORY = 4;
    public static final long KIND_FILE = 5;
    public static final long KIND_FILESYSTEM = 0x14A6B1;

    /** The three bytes every image starts with: 0x14A6B1 as a varuint ("RM1" with bit 7 set on R and M). */
    public static final byte[] HEADER = {(byte) 0xD2, (byte) 0xCD, 0x31};

    private static final byte[] NO_NAME = new byte[0];
    private static final int MIN_IMAGE = 4;

    private final ByteRegion region;
    private final long payloadStart;
    private final long payloadEnd;

    /** Validates the header as {@code VfsRom(buf)} does: {@code OSError(ENODEV)} when it is not an image. */
    public RomfsImage(ByteRegion region) throws StorageException {
        this.region = region;
        long len = region.length();
        if (len < MIN_IMAGE || region.get(0) != 0xD2 || region.get(1) != 0xCD || region.get(2) != 0x31) {
            throw new StorageException(Errno.ENODEV, "not a ROMFS image");
        }
        RomfsRecord outer = record(0, len);
        if (outer == null || outer.kind() != KIND_FILESYSTEM) {
            throw new StorageException(Errno.ENODEV, "ROMFS header length runs past the end of the buffer");
        }
        this.payloadStart = outer.payloadStart();
        this.payloadEnd = outer.payloadEnd();
    }

    /** True when the region starts with the ROMFS header bytes (what {@code mpremote romfs query} checks). */
    public static boolean hasHeader(ByteRegion region) {
        return region.length() >= HEADER.length && region.get(0) == 0xD2 && region.get(1) == 0xCD
                && region.get(2) == 0x31;
    }

    public ByteRegion region() {
        return region;
    }

    /** Offset of the first payload byte; kind-3 pointers count from here. */
    public long payloadStart() {
        return payloadStart;
    }

    /** The decoded payload length: what {@code statvfs} reports as blocks and {@code romfs query} as image size. */
    public long payloadLength() {
        return payloadEnd - payloadStart;
    }

    /** Header + length + payload: how many bytes of the region the image uses. */
    public long imageLength() {
        return payloadEnd;
    }

    /** The root directory. */
    public RomfsEntry root() {
        return new RomfsEntry(NO_NAME, true, payloadStart, payloadEnd - payloadStart);
    }

    /**
     * Looks a path up as {@code mp_vfs_rom_search_filesystem} does: one leading '/' dropped, components matched
     * exactly against names, first match wins, one '/' consumed after a directory, a file must be the last
     * component. Returns null when not found or when the records on the way are malformed.
     */
    public RomfsEntry lookup(String path) {
        return lookup(path.getBytes(StandardCharsets.UTF_8));
    }

    public RomfsEntry lookup(byte[] path) {
        int i = path.length > 0 && path[0] == '/' ? 1 : 0;
        long at = payloadStart;
        long top = payloadEnd;
        byte[] name = NO_NAME;
        while (i < path.length && at < top) {
            RomfsRecord rec = record(at, top);
            if (rec == null || rec.kind() == KIND_UNUSED) {
                return null;
            }
            if (rec.kind() != KIND_DIRECTORY && rec.kind() != KIND_FILE) {
                at = rec.payloadEnd();
                continue;
            }
            long[] cursor = {rec.payloadStart()};
            long nameLen = varuint(cursor, rec.payloadEnd());
            if (nameLen < 0) {
                return null;
            }
            long nameStart = cursor[0];
            int remaining = path.length - i;
            boolean lengthFits = nameLen == remaining || (nameLen < remaining && path[i + (int) nameLen] == '/');
            if (!lengthFits || nameLen > rec.payloadEnd() - nameStart || !sameBytes(nameStart, path, i, (int) nameLen)) {
                at = rec.payloadEnd();
                continue;
            }
            name = bytes(nameStart, (int) nameLen);
            at = nameStart + nameLen;
            top = rec.payloadEnd();
            i += (int) nameLen;
            if (rec.kind() == KIND_DIRECTORY) {
                if (i < path.length && path[i] == '/') {
                    i++;
                }
            } else {
                if (i != path.length) {
                    return null;
                }
                long[] data = fileData(at, top);
                return data == null ? null : new RomfsEntry(name, false, data[0], data[1]);
            }
        }
        return i == path.length ? new RomfsEntry(name, true, at, top - at) : null;
    }

    /**
     * The entries of a directory in image order, as {@code ilistdir} yields them. A malformed record, a kind-0
     * record, or a file without valid data ends the listing (upstream stops there too).
     */
    public List<RomfsEntry> list(RomfsEntry dir) {
        if (!dir.isDir()) {
            throw new IllegalArgumentException("not a directory");
        }
        List<RomfsEntry> out = new ArrayList<>();
        long at = dir.offset();
        long top = dir.offset() + dir.length();
        while (at < top) {
            RomfsRecord rec = record(at, top);
            if (rec == null || rec.kind() == KIND_UNUSED) {
                break;
            }
            at = rec.payloadEnd();
            if (rec.kind() != KIND_DIRECTORY && rec.kind() != KIND_FILE) {
                continue;
            }
            long[] cursor = {rec.payloadStart()};
            long nameLen = varuint(cursor, rec.payloadEnd());
            if (nameLen < 0 || nameLen > rec.payloadEnd() - cursor[0] || nameLen > Integer.MAX_VALUE) {
                break;
            }
            byte[] name = bytes(cursor[0], (int) nameLen);
            long contentStart = cursor[0] + nameLen;
            if (rec.kind() == KIND_DIRECTORY) {
                out.add(new RomfsEntry(name, true, contentStart, rec.payloadEnd() - contentStart));
            } else {
                long[] data = fileData(contentStart, rec.payloadEnd());
                if (data == null) {
                    break;
                }
                out.add(new RomfsEntry(name, false, data[0], data[1]));
            }
        }
        return out;
    }

    /** {offset, length} of the first kind-2/3 record in {@code [at, top)}, or null. */
    private long[] fileData(long at, long top) {
        while (at < top) {
            RomfsRecord rec = record(at, top);
            if (rec == null || rec.kind() == KIND_UNUSED) {
                return null;
            }
            if (rec.kind() == KIND_DATA_VERBATIM) {
                return new long[] {rec.payloadStart(), rec.payloadEnd() - rec.payloadStart()};
            }
            if (rec.kind() == KIND_DATA_POINTER) {
                long[] cursor = {rec.payloadStart()};
                long size = varuint(cursor, rec.payloadEnd());
                long offset = size < 0 ? -1 : varuint(cursor, rec.payloadEnd());
                long payloadLen = payloadEnd - payloadStart;
                if (offset < 0 || size > payloadLen || offset > payloadLen - size) {
                    return null;
                }
                return new long[] {payloadStart + offset, size};
            }
            at = rec.payloadEnd();
        }
        return null;
    }

    /** The record at {@code at}, or null when its header or payload runs past {@code top}. */
    private RomfsRecord record(long at, long top) {
        long[] cursor = {at};
        long kind = varuint(cursor, top);
        if (kind < 0) {
            return null;
        }
        long len = varuint(cursor, top);
        if (len < 0 || len > top - cursor[0]) {
            return null;
        }
        return new RomfsRecord(kind, cursor[0], cursor[0] + len);
    }

    /** Decodes a varuint at {@code cursor[0]}, advancing it; -1 when it runs past {@code top} or overflows. */
    private long varuint(long[] cursor, long top) {
        long value = 0;
        long at = cursor[0];
        while (at < top) {
            int b = region.get(at++);
            if (value > (Long.MAX_VALUE >>> 7)) {
                return -1;
            }
            value = (value << 7) | (b & 0x7F);
            if ((b & 0x80) == 0) {
                cursor[0] = at;
                return value;
            }
        }
        return -1;
    }

    private boolean sameBytes(long at, byte[] path, int from, int len) {
        for (int k = 0; k < len; k++) {
            if (region.get(at + k) != (path[from + k] & 0xFF)) {
                return false;
            }
        }
        return true;
    }

    private byte[] bytes(long at, int len) {
        byte[] out = new byte[len];
        region.read(at, out, 0, len);
        return out;
    }
}
