package org.mpyjvm.runtime.blockdev;

import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * The raw bytes behind a medium: heap memory or a host image file. Media (flash, SD card, RAM disk) put their
 * physics on top; a store only moves bytes. Positions are absolute byte offsets; callers check bounds first.
 */
public interface MediaStore {
    long size();

    byte get(long position) throws IOException;

    void read(long position, byte[] dst, int dstOff, int len) throws IOException;

    void write(long position, byte[] src, int srcOff, int len) throws IOException;

    /** Sets {@code len} bytes from {@code position} to {@code value} (an erase). */
    void fill(long position, long len, byte value) throws IOException;

    /**
     * A read-only {@link ByteBuffer} over the live bytes (no copy; later writes show through), or null when the
     * store cannot offer one (a file larger than 2 GiB is reached by positional I/O only).
     */
    ByteBuffer liveBuffer();

    /** Pushes pending writes to the host file; nothing to do for memory. */
    void flush() throws IOException;

    void close() throws IOException;
}
