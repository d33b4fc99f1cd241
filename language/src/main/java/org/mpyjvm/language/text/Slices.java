package org.mpyjvm.language.text;

/**
 * Index and slice arithmetic shared by str, bytes and bytearray (py/sequence.c): a slice bound or a
 * method's start/end is made non-negative by adding the length and is then clamped to 0..length; an
 * item index must land inside. Lengths are code points for str and bytes otherwise.
 */
public final class Slices {
    private Slices() {
    }

    /** A slice bound or start/end argument; {@code null} (None) gives {@code dflt}. */
    public static int clamp(Long index, int length, int dflt) {
        if (index == null) {
            return dflt;
        }
        long i = index;
        if (i < 0) {
            i += length;
        }
        return (int) Math.max(0, Math.min(i, length));
    }

    /** An item index; {@code typeName} ("string", "bytes", "bytearray", "memoryview") names the IndexError. */
    public static int item(long index, int length, String typeName) {
        long i = index < 0 ? index + length : index;
        if (i < 0 || i >= length) {
            throw TextErrors.indexOutOfRange(typeName);
        }
        return (int) i;
    }

    /** str, bytes and bytearray only slice with step 1 or None. */
    public static void checkStep(Long step) {
        if (step != null && step != 1) {
            throw TextErrors.sliceStep();
        }
    }
}
