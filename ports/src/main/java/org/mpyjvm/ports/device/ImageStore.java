package org.mpyjvm.ports.device;

import java.io.Closeable;
import org.mpyjvm.runtime.romfs.ByteRegion;

/**
 * The raw bytes of one medium image ({@code <medium>.img}): what the NorFlash/SdCard media sit on. Plain byte
 * storage with no physics; offsets are absolute in the image. Host I/O failures surface as
 * {@link java.io.UncheckedIOException}, because a failing host disk is not something the simulated board
 * could report.
 */
public interface ImageStore extends ByteRegion, Closeable {
    /** Stores {@code len} bytes at {@code offset} (overwrite). */
    void write(long offset, byte[] src, int srcOff, int len);

    /** Sets {@code [offset, offset + len)} to {@code value} (erase, fresh media). */
    void fill(long offset, long len, byte value);

    /** Pushes written bytes to the host file (no-op in memory). */
    void flush();

    @Override
    void close();
}
