package org.mpyjvm.runtime.blockdev;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * A store in a host image file holding exactly the medium's bytes (a raw image, readable by host tools).
 * Every write reaches the file (through a shared mapping or positional I/O), so a program that ends without
 * {@link #close()} loses nothing the OS had accepted; {@link #flush()} forces it to disk.
 *
 * <p>A new file is created with {@code setLength}, which is sparse on every common host filesystem: a 32 GiB
 * zeroed SD card costs only the blocks written. A fill value other than 0 (NOR flash's 0xFF) must be written
 * out, so such media are small by nature.
 */
public final class FileStore implements MediaStore {
    private static final int FILL_CHUNK = 1 << 16;

    private final Path path;
    private final long size;
    private final FileChannel channel;
    /** Non-null when the whole file is mapped (at most 2 GiB and asked for): zero-copy views and fast access. */
    private final MappedByteBuffer map;

    private FileStore(Path path, long size, FileChannel channel, MappedByteBuffer map) {
        this.path = path;
        this.size = size;
        this.channel = channel;
        this.map = map;
    }

    /**
     * Opens {@code path}, creating it as {@code size} bytes of {@code fill} when absent. An existing file must
     * have exactly {@code size} bytes. {@code mapped} asks for a memory mapping (needed for XIP views).
     */
    public static FileStore open(Path path, long size, byte fill, boolean mapped) throws IOException {
        if (size < 0) {
            throw new IllegalArgumentException("negative size");
        }
        boolean created = !Files.exists(path);
        FileChannel channel = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        try {
            if (created) {
                if (size > 0) {
                    // Extending by writing the last byte keeps the file sparse.
                    channel.write(ByteBuffer.wrap(new byte[] {fill}), size - 1);
                }
                if (fill != 0) {
                    fillChannel(channel, 0, size, fill);
                }
            } else if (channel.size() != size) {
                throw new IOException("image " + path + " has " + channel.size() + " bytes, expected " + size);
            }
            MappedByteBuffer map = null;
            if (mapped) {
                if (size > Integer.MAX_VALUE) {
                    throw new IOException("cannot map an image larger than 2 GiB: " + path);
                }
                map = channel.map(FileChannel.MapMode.READ_WRITE, 0, size);
            }
            return new FileStore(path, size, channel, map);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    private static void fillChannel(FileChannel channel, long position, long len, byte value) throws IOException {
        byte[] pattern = new byte[(int) Math.min(FILL_CHUNK, Math.max(len, 1))];
        Arrays.fill(pattern, value);
        while (len > 0) {
            int n = (int) Math.min(len, pattern.length);
            ByteBuffer buf = ByteBuffer.wrap(pattern, 0, n);
            while (buf.hasRemaining()) {
                position += channel.write(buf, position);
            }
            len -= n;
        }
    }

    public Path path() {
        return path;
    }

    @Override
    public long size() {
        return size;
    }

    @Override
    public byte get(long position) throws IOException {
        if (map != null) {
            return map.get((int) position);
        }
        ByteBuffer one = ByteBuffer.allocate(1);
        channel.read(one, position);
        return one.get(0);
    }

    @Override
    public void read(long position, byte[] dst, int dstOff, int len) throws IOException {
        if (map != null) {
            map.get((int) position, dst, dstOff, len);
            return;
        }
        ByteBuffer buf = ByteBuffer.wrap(dst, dstOff, len);
        while (buf.hasRemaining()) {
            int n = channel.read(buf, position + (buf.position() - dstOff));
            if (n < 0) {
                throw new IOException("image " + path + " shorter than expected");
            }
        }
    }

    @Override
    public void write(long position, byte[] src, int srcOff, int len) throws IOException {
        if (map != null) {
            map.put((int) position, src, srcOff, len);
            return;
        }
        ByteBuffer buf = ByteBuffer.wrap(src, srcOff, len);
        while (buf.hasRemaining()) {
            channel.write(buf, position + (buf.position() - srcOff));
        }
    }

    @Override
    public void fill(long position, long len, byte value) throws IOException {
        if (map != null) {
            byte[] pattern = new byte[(int) Math.min(FILL_CHUNK, len)];
            Arrays.fill(pattern, value);
            for (long done = 0; done < len; done += pattern.length) {
                int n = (int) Math.min(pattern.length, len - done);
                map.put((int) (position + done), pattern, 0, n);
            }
            return;
        }
        fillChannel(channel, position, len, value);
    }

    @Override
    public ByteBuffer liveBuffer() {
        return map == null ? null : map.asReadOnlyBuffer();
    }

    @Override
    public void flush() throws IOException {
        if (map != null) {
            map.force();
        }
        channel.force(false);
    }

    @Override
    public void close() throws IOException {
        if (channel.isOpen()) {
            flush();
            channel.close();
        }
    }
}
