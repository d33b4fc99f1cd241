package org.mpyjvm.language.runtime;

/**
 * The buffer protocol: bytes addressed by index, of a fixed length, possibly read-only.
 *
 * <p>Implementations may wrap memory that is not a Java array owned by the interpreter (a flash XIP window, a ROMFS
 * image, a memory-mapped segment): a memoryview over such a buffer reads and writes through it without copying.
 * bytes, bytearray and memoryview all expose one.
 */
public interface Buffer {
    int length();

    /** The byte at {@code index} as 0..255; {@code 0 <= index < length()} is checked by the caller. */
    int get(int index);

    /** Stores the low 8 bits of {@code value}; only called when {@link #isReadOnly()} is false. */
    void set(int index, int value);

    boolean isReadOnly();

    /**
     * The memory these bytes are a window on: a {@code byte[]}, or a Buffer covering all of that memory (whose own
     * {@code memory()} is itself). Buffers over the same memory return the same object, so simulated addresses
     * (uctypes.addressof) of two views of one image can be compared; the default says this buffer is its own memory.
     */
    default Object memory() {
        return this;
    }

    /** Where index 0 of this buffer lies inside {@link #memory()}. */
    default int memoryOffset() {
        return 0;
    }

    /** A copy of {@code length} bytes from {@code offset}. */
    default byte[] copy(int offset, int length) {
        byte[] out = new byte[length];
        for (int i = 0; i < length; i++) {
            out[i] = (byte) get(offset + i);
        }
        return out;
    }
}
