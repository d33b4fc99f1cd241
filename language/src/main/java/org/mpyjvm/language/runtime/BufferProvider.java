package org.mpyjvm.language.runtime;

/** A guest object that exposes the buffer protocol (bytes, bytearray, memoryview, array, stdlib objects). */
public interface BufferProvider {
    Buffer buffer();
}
