package org.mpyjvm.runtime.romfs;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Streams records into a ROMFS image the way mpremote's {@code VfsRomWriter} lays them out: directories are
 * buffered until closed (a record needs its length before its payload), varuints are minimal, and the outer
 * length gets one {@code 0x80} pad byte when the whole image would otherwise be odd.
 */
public final class RomfsWriter {
    private record Level(byte[] name, ByteArrayOutputStream records) {
    }

    private final Deque<Level> stack = new ArrayDeque<>();

    public RomfsWriter() {
        stack.push(new Level(null, new ByteArrayOutputStream()));
    }

    /** Starts a directory; entries added until {@link #closeDir()} go inside it. */
    public void openDir(String name) {
        stack.push(new Level(name(name), new ByteArrayOutputStream()));
    }

    public void closeDir() {
        if (stack.size() < 2) {
            throw new IllegalStateException("no open directory");
        }
        Level dir = stack.pop();
        ByteArrayOutputStream payload = new ByteArrayOutputStream();
        payload.writeBytes(varuint(dir.name().length));
        payload.writeBytes(dir.name());
        payload.writeBytes(dir.records().toByteArray());
        current().writeBytes(record(RomfsImage.KIND_DIRECTORY, payload.toByteArray()));
    }

    /** A file whose bytes are stored verbatim inside its record. */
    public void addFile(String name, byte[] data) {
        addFileRecord(name, record(RomfsImage.KIND_DATA_VERBATIM, data));
    }

    /** A file whose bytes live elsewhere in the payload ({@code size} bytes at payload offset {@code offset}). */
    public void addFileIndirect(String name, long size, long offset) {
        ByteArrayOutputStream ptr = new ByteArrayOutputStream();
        ptr.writeBytes(varuint(size));
        ptr.writeBytes(varuint(offset));
        addFileRecord(name, record(RomfsImage.KIND_DATA_POINTER, ptr.toByteArray()));
    }

    /** A root-level verbatim data record; returns the payload offset of its first data byte (for indirect files). */
    public long addData(byte[] data) {
        if (stack.size() != 1) {
            throw new IllegalStateException("data records are only written at the root");
        }
        current().writeBytes(record(RomfsImage.KIND_DATA_VERBATIM, data));
        return current().size() - data.length;
    }

    /** The finished image; all directories must be closed. */
    public byte[] finish() {
        if (stack.size() != 1) {
            throw new IllegalStateException("unclosed directory");
        }
        byte[] payload = current().toByteArray();
        byte[] len = varuint(payload.length);
        boolean pad = (RomfsImage.HEADER.length + len.length + payload.length) % 2 == 1;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(RomfsImage.HEADER);
        if (pad) {
            out.write(0x80);
        }
        out.writeBytes(len);
        out.writeBytes(payload);
        return out.toByteArray();
    }

    /** Minimal big-endian base-128 encoding. */
    public static byte[] varuint(long value) {
        if (value < 0) {
            throw new IllegalArgumentException("negative varuint");
        }
        int groups = 1;
        for (long v = value >>> 7; v != 0; v >>>= 7) {
            groups++;
        }
        byte[] out = new byte[groups];
        for (int i = groups - 1; i >= 0; i--) {
            out[i] = (byte) ((value & 0x7F) | (i == groups - 1 ? 0 : 0x80));
            value >>>= 7;
        }
        return out;
    }

    private void addFileRecord(String name, byte[] dataRecord) {
        byte[] n = name(name);
        ByteArrayOutputStream payload = new ByteArrayOutputStream();
        payload.writeBytes(varuint(n.length));
        payload.writeBytes(n);
        payload.writeBytes(dataRecord);
        current().writeBytes(record(RomfsImage.KIND_FILE, payload.toByteArray()));
    }

    private ByteArrayOutputStream current() {
        return stack.peek().records();
    }

    private static byte[] record(long kind, byte[] payload) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(varuint(kind));
        out.writeBytes(varuint(payload.length));
        out.writeBytes(payload);
        return out.toByteArray();
    }

    /** mpremote encodes names as ASCII; other names are written as UTF-8 here (a superset) rather than refused. */
    private static byte[] name(String name) {
        if (name.isEmpty() || name.indexOf('/') >= 0) {
            throw new IllegalArgumentException("bad ROMFS name: '" + name + "'");
        }
        return name.getBytes(StandardCharsets.UTF_8);
    }
}
