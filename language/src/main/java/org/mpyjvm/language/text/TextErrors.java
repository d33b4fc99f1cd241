package org.mpyjvm.language.text;

import org.mpyjvm.language.common.GuestError;

/** MicroPython 1.27's error texts for str and bytes operations, in one place. */
public final class TextErrors {
    private TextErrors() {
    }

    /**
     * A str/bytes method given an argument of the wrong type. MicroPython says "to bytes" only when a
     * bytes method gets a str; every other mix (an int, a bytearray, bytes to a str method) says "to str".
     */
    public static GuestError implicitConversion(String argTypeName, boolean strGivenToBytes) {
        return new GuestError("TypeError", "can't convert '" + argTypeName + "' object to "
                + (strGivenToBytes ? "bytes" : "str") + " implicitly");
    }

    /** join() given an item whose type is not exactly the separator's (bytearray items are fine for bytes). */
    public static GuestError joinMismatch() {
        return new GuestError("TypeError", "join expects a list of str/bytes objects consistent with self object");
    }

    public static GuestError emptySeparator() {
        return new GuestError("ValueError", "empty separator");
    }

    public static GuestError substringNotFound() {
        return new GuestError("ValueError", "substring not found");
    }

    /** Invalid UTF-8 in bytes.decode() or str(b, 'utf-8'): a UnicodeError without arguments. */
    public static GuestError unicodeError() {
        return new GuestError("UnicodeError", null);
    }

    /** {@code typeName} is "string", "bytes" or "bytearray". */
    public static GuestError indexOutOfRange(String typeName) {
        return new GuestError("IndexError", typeName + " index out of range");
    }

    /** str slicing with a step other than 1/None. */
    public static GuestError sliceStep() {
        return new GuestError("NotImplementedError", "only slices with step=1 (aka None) are supported");
    }
}
