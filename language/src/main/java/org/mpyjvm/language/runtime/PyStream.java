package org.mpyjvm.language.runtime;

/**
 * A native stream object (sys.stdout, io.StringIO, io.BytesIO, stdlib's files): what print(file=...) and
 * sys.print_exception write to directly, as MicroPython's stream protocol does. A plain object that merely has a
 * write() method is not a stream there, and is not one here.
 */
public interface PyStream {
    /** Writes text (UTF-8 for byte streams). */
    void writeText(String text);
}
