package org.mpyjvm.stdlib.io;

import org.mpyjvm.language.errors.Errors;
import org.mpyjvm.runtime.fs.OpenMode;

/**
 * {@code open()}'s mode letters as MicroPython reads them (os.md 2.1): scanned left to right, unknown letters
 * ignored, empty means read. VfsFat OR-s the flags of every letter ({@code 'rw'} is accepted); littlefs refuses two
 * of r/w/x/a and a {@code '+'} before them with an empty {@code ValueError()}.
 */
public final class ModeString {
    private ModeString() {
    }

    public static OpenMode parse(String mode, boolean littlefsRules) {
        boolean read = false, write = false, create = false, truncate = false, append = false, exclusive = false;
        boolean binary = false;
        int kinds = 0;
        boolean plus = false;
        for (int i = 0; i < mode.length(); i++) {
            char c = mode.charAt(i);
            switch (c) {
                case 'r' -> read = true;
                case 'w' -> {
                    write = true;
                    create = true;
                    truncate = true;
                }
                case 'x' -> {
                    write = true;
                    create = true;
                    exclusive = true;
                }
                case 'a' -> {
                    write = true;
                    create = true;
                    append = true;
                }
                case '+' -> {
                    if (littlefsRules && kinds == 0) {
                        throw Errors.create(org.mpyjvm.language.runtime.BuiltinTypes.VALUE_ERROR, null);
                    }
                    plus = true;
                }
                case 'b' -> binary = true;
                case 't' -> binary = false;
                default -> {
                    // MicroPython ignores letters it does not know.
                }
            }
            if (c == 'r' || c == 'w' || c == 'x' || c == 'a') {
                kinds++;
                if (littlefsRules && kinds > 1) {
                    throw Errors.create(org.mpyjvm.language.runtime.BuiltinTypes.VALUE_ERROR, null);
                }
            }
        }
        if (kinds == 0) {
            read = true;
        }
        if (plus) {
            read = true;
            write = true;
        }
        return new OpenMode(read, write, create, truncate, append, exclusive, binary);
    }

    /** Whether the mode asks for a binary ({@code FileIO}) file: the last of b/t wins. */
    public static boolean binary(String mode) {
        return parse(mode, false).binary();
    }
}
