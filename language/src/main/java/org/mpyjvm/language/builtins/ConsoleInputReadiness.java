package org.mpyjvm.language.builtins;

import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * Whether sys.stdin can be read without blocking, as {@code poll()} on fd 0 tells on the unix port: data waiting,
 * or end of input (a pipe or file at EOF is readable). Java's {@link InputStream#available()} cannot see EOF, so
 * once a poll finds nothing available, a daemon thread reads one byte ahead; stdin's reads then take that byte
 * first ({@link #input}). Only streams that were polled get the read-ahead.
 */
public final class ConsoleInputReadiness {
    private static final Map<InputStream, ReadAhead> POLLED = Collections.synchronizedMap(new WeakHashMap<>());

    private ConsoleInputReadiness() {
    }

    /** True when a read of {@code in} would not block. */
    public static boolean readable(InputStream in) {
        return POLLED.computeIfAbsent(in, ReadAhead::new).readable();
    }

    /** The stream stdin's reads go through: {@code in}, or its read-ahead once it has been polled. */
    static InputStream input(InputStream in) {
        ReadAhead r = POLLED.get(in);
        return r == null ? in : r;
    }

    /** One byte read ahead on a daemon thread; -1 means end of input was seen. */
    private static final class ReadAhead extends InputStream {
        private static final int NONE = -2;
        private final InputStream raw;
        private Thread reader;
        private volatile int peeked = NONE;

        ReadAhead(InputStream raw) {
            this.raw = raw;
        }

        synchronized boolean readable() {
            if (peeked != NONE) {
                return true;
            }
            try {
                if (reader == null && raw.available() > 0) {
                    return true;
                }
            } catch (IOException e) {
                return true; // a read would fail at once: that is not blocking either
            }
            if (reader == null) {
                reader = new Thread(this::readOne, "mpy-stdin-poll");
                reader.setDaemon(true);
                reader.start();
            }
            return false;
        }

        private void readOne() {
            int b;
            try {
                b = raw.read();
            } catch (IOException e) {
                b = -1;
            }
            peeked = b;
        }

        @Override
        public int read() throws IOException {
            Thread pending;
            synchronized (this) {
                pending = reader;
            }
            if (pending != null) {
                try {
                    pending.join();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted");
                }
                synchronized (this) {
                    int b = peeked;
                    peeked = NONE;
                    reader = null;
                    return b;
                }
            }
            return raw.read();
        }

        @Override
        public int available() throws IOException {
            return peeked >= 0 ? 1 : raw.available();
        }
    }
}
