package org.mpyjvm.runtime.romfs;

import java.nio.charset.StandardCharsets;

/**
 * A directory or file found in an image. For a directory, {@code [offset, offset + length)} holds its nested
 * records (length is what {@code stat} reports as its size); for a file it is the file's bytes. Offsets are
 * absolute in the image region, so a file is a zero-copy view: {@code image.region().slice(offset, length)}.
 */
public record RomfsEntry(byte[] rawName, boolean isDir, long offset, long length) {
    /** The name as MicroPython's {@code str} would show it (names are written as ASCII). */
    public String name() {
        return new String(rawName, StandardCharsets.UTF_8);
    }
}
