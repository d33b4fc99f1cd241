package org.mpyjvm.runtime.blockdev;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * A large store in memory that only allocates the 64 KiB chunks ever written, so a {@code --fresh} 32 GiB SD
 * card costs the heap only what the program wrote. Unwritten bytes read as {@code background}.
 */
public final class SparseHeapStore implements MediaStore {
    private static final int CHUNK_BITS = 16;
    private static final int CHUNK = 1 << CHUNK_BITS;

    private final long size;
    private final byte background;
    private final Map<Long, byte[]> chunks = new HashMap<>();

    public SparseHeapStore(long size, byte background) {
        if (size < 0) {
            throw new IllegalArgumentException("negative size");
        }
        this.size = size;
        this.background = background;
    }

    /** Bytes of heap held by written chunks (what a test checks to prove sparseness). */
    public long allocatedBytes() {
        return (long) chunks.size() * CHUNK;
    }

    @Override
    public long size() {
        return size;
    }

    @Override
    public byte get(long position) {
        byte[] chunk = chunks.get(position >>> CHUNK_BITS);
        return chunk == null ? background : chunk[(int) (position & (CHUNK - 1))];
    }

    @Override
    public void read(long position, byte[] dst, int dstOff, int len) {
        while (len > 0) {
            int inChunk = (int) (position & (CHUNK - 1));
            int n = Math.min(len, CHUNK - inChunk);
            byte[] chunk = chunks.get(position >>> CHUNK_BITS);
            if (chunk == null) {
                Arrays.fill(dst, dstOff, dstOff + n, background);
            } else {
                System.arraycopy(chunk, inChunk, dst, dstOff, n);
            }
            position += n;
            dstOff += n;
            len -= n;
        }
    }

    @Override
    public void write(long position, byte[] src, int srcOff, int len) {
        while (len > 0) {
            int inChunk = (int) (position & (CHUNK - 1));
            int n = Math.min(len, CHUNK - inChunk);
            System.arraycopy(src, srcOff, chunkFor(position), inChunk, n);
            position += n;
            srcOff += n;
            len -= n;
        }
    }

    @Override
    public void fill(long position, long len, byte value) {
        while (len > 0) {
            int inChunk = (int) (position & (CHUNK - 1));
            int n = (int) Math.min(len, CHUNK - inChunk);
            long key = position >>> CHUNK_BITS;
            if (value == background && n == CHUNK) {
                chunks.remove(key);
            } else {
                byte[] chunk = chunkFor(position);
                Arrays.fill(chunk, inChunk, inChunk + n, value);
            }
            position += n;
            len -= n;
        }
    }

    private byte[] chunkFor(long position) {
        return chunks.computeIfAbsent(position >>> CHUNK_BITS, k -> {
            byte[] chunk = new byte[CHUNK];
            if (background != 0) {
                Arrays.fill(chunk, background);
            }
            return chunk;
        });
    }

    @Override
    public ByteBuffer liveBuffer() {
        return null;
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
}
