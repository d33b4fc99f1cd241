package org.mpyjvm.language.runtime;

/** A guest object that exposes the buffer protocol (bytes, bytearray, memoryview, array, stdlib objects). */
public interface BufferProvider {
    Buffer buffer();

    /** The struct-module format of one item, which a memoryview of this object starts with (array's typecode). */
    default char bufferFormat() {
        return 'B';
    }
}
