package org.mpyjvm.stdlib.bridge;

import org.mpyjvm.language.errors.Errors;
import org.mpyjvm.language.runtime.Buffer;
import org.mpyjvm.language.runtime.BufferProvider;
import org.mpyjvm.language.runtime.ByteArrayBuffer;
import org.mpyjvm.language.runtime.PyMemoryView;
import org.mpyjvm.language.runtime.PyOps;

/** Moving bytes between Python buffer objects and Java arrays. */
public final class Buffers {
    private Buffers() {
    }

    public static Buffer of(Object o) {
        if (o instanceof BufferProvider p) {
            return p.buffer();
        }
        throw Errors.typeError("object with buffer protocol required");
    }

    /** A writable buffer (bytearray, writable memoryview); TypeError otherwise. */
    public static Buffer writable(Object o) {
        Buffer b = of(o);
        if (b.isReadOnly()) {
            throw Errors.typeError("object with buffer protocol required");
        }
        return b;
    }

    /** The bytes of a buffer object, or of a str encoded as UTF-8 (file writes accept both). */
    public static byte[] bytesOrText(Object o) {
        if (o instanceof String s) {
            return s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
        return PyOps.bytesOf(o);
    }

    /** Copies {@code len} bytes of {@code src} into the buffer from index {@code at}. */
    public static void fill(Buffer dst, int at, byte[] src, int srcOff, int len) {
        for (int i = 0; i < len; i++) {
            dst.set(at + i, src[srcOff + i] & 0xFF);
        }
    }

    /** A writable memoryview over part of a Java array (zero-copy), as the VFS hands to readblocks/writeblocks. */
    public static PyMemoryView view(byte[] bytes, int off, int len) {
        return PyMemoryView.of(new ByteArrayBuffer(bytes, off, len, false));
    }
}
