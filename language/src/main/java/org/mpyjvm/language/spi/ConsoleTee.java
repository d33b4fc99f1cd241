package org.mpyjvm.language.spi;

import java.io.IOException;
import java.io.OutputStream;

/**
 * The console's byte stream (everything {@code print}, {@code sys.stdout} and tracebacks write) with an optional
 * copy: CircuitPython captures what {@code boot.py} prints, traceback included, for {@code /boot_out.txt}.
 */
public final class ConsoleTee extends OutputStream {
    private final OutputStream console;
    private volatile OutputStream copy;

    public ConsoleTee(OutputStream console) {
        this.console = console;
    }

    /** Starts copying every byte to {@code sink}; null stops copying. */
    public void setCopy(OutputStream sink) {
        this.copy = sink;
    }

    @Override
    public void write(int b) throws IOException {
        console.write(b);
        OutputStream c = copy;
        if (c != null) {
            c.write(b);
        }
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        console.write(b, off, len);
        OutputStream c = copy;
        if (c != null) {
            c.write(b, off, len);
        }
    }

    @Override
    public void flush() throws IOException {
        console.flush();
    }
}
