package org.mpyjvm.runtime.fs;

/**
 * The parsed {@code open()} mode: exactly one of r/w/a/x, optional '+', and 'b' or 't' (the latter matters only
 * to the Python layer).
 */
public record OpenMode(boolean read, boolean write, boolean create, boolean truncate, boolean append,
                       boolean exclusive, boolean binary) {

    public static final OpenMode READ = new OpenMode(true, false, false, false, false, false, true);
    public static final OpenMode WRITE = new OpenMode(false, true, true, true, false, false, true);

    /** Returns null when the mode string is not one MicroPython accepts. */
    public static OpenMode parse(String mode) {
        boolean r = false, w = false, a = false, x = false, plus = false, b = false, t = false;
        for (int i = 0; i < mode.length(); i++) {
            switch (mode.charAt(i)) {
                case 'r': r = true; break;
                case 'w': w = true; break;
                case 'a': a = true; break;
                case 'x': x = true; break;
                case '+': plus = true; break;
                case 'b': b = true; break;
                case 't': t = true; break;
                default: return null;
            }
        }
        if (!r && !w && !a && !x) {
            r = true;
        }
        boolean readable = r || plus;
        boolean writable = w || a || x || plus;
        return new OpenMode(readable, writable, w || a || x, w, a, x, b && !t);
    }
}
