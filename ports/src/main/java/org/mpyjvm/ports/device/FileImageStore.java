package org.mpyjvm.ports.device;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Objects;

/**
 * An image in a host file, read and written in place. A new file is created sparse: a 4 GiB SD card of zeros
 * takes no disk space; a medium whose blank value is not 0 (NOR: 0xFF) is written out once at creation.
 * Single-byte reads go through a one-block cache so ROMFS lookups and XIP reads do not cost a system call each.
 */
public final class FileImageStore implements ImageStore {
    private static final int CACHE = 4096;

    private final FileChannel channel;
    private final long size;
    private final byte[] cache = new byte[CACHE];
    private long cacheStart = -1;

    private FileImageStore(FileChannel channel, long size) {
        this.channel = channel;
        this.size = size;
    }

    /** Creates {@code file} of {@code size} bytes, all {@code blank}. */
    public static FileImageStore create(Path file, long size, byte blank) throws IOException {
        FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.READ,
                StandardOpenOption.WRITE, StandardOpenOption.SPARSE);
        FileImageStore store = new FileImageStore(ch, size);
        if (size > 0) {
            // Writing the last byte fixes the length and leaves a hole before it.
            ch.write(ByteBuffer.wrap(new byte[] {0}), size - 1);
        }
        if (blank != 0) {
            store.fill(0, size, blank);
        }
        return store;
    }

    /** Opens an existing image; its length must be {@code size}. */
    public static FileImageStore open(Path file, long size) throws IOException {
        long actual = Files.size(file);
        if (actual != size) {
            throw new IOException(file + ": image is " + actual + " bytes, the board's medium is " + size);
        }
        return new FileImageStore(FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE), size);
    }

    @Override
    public long length() {
        return size;
    }

    @Override
    public int get(long offset) {
        Objects.checkIndex(offset, size);
        long start = offset - offset % CACHE;
        if (start != cacheStart) {
            int n = (int) Math.min(CACHE, size - start);
            readFully(start, cache, 0, n);
            cacheStart = start;
        }
        return cache[(int) (offset - start)] & 0xFF;
    }

    @Override
    public void read(long offset, byte[] dst, int dstOff, int len) {
        Objects.checkFromIndexSize(offset, len, size);
        readFully(offset, dst, dstOff, len);
    }

    private void readFully(long offset, byte[] dst, int dstOff, int len) {
        ByteBuffer buf = ByteBuffer.wrap(dst, dstOff, len);
        try {
            while (buf.hasRemaining()) {
                if (channel.read(buf, offset + buf.position() - dstOff) < 0) {
                    throw new IOException("image file shorter than " + size);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void write(long offset, byte[] src, int srcOff, int len) {
        Objects.checkFromIndexSize(offset, len, size);
        cacheStart = -1;
        ByteBuffer buf = ByteBuffer.wrap(src, srcOff, len);
        try {
            while (buf.hasRemaining()) {
                channel.write(buf, offset + buf.position() - srcOff);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void fill(long offset, long len, byte value) {
        Objects.checkFromIndexSize(offset, len, size);
        byte[] chunk = new byte[(int) Math.min(len, 1 << 20)];
        Arrays.fill(chunk, value);
        while (len > 0) {
            int n = (int) Math.min(len, chunk.length);
            write(offset, chunk, 0, n);
            offset += n;
            len -= n;
        }
    }

    @Override
    public void flush() {
        try {
            channel.force(false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
