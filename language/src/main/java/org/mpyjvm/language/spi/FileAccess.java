package org.mpyjvm.language.spi;

import java.util.Map;

/**
 * How the interpreter reads {@code .py} files for import: paths are device paths ({@code /lib/foo.py}), as found on
 * {@code sys.path}. The language itself has no file system; without a provider only builtin and frozen modules
 * import.
 *
 * <p>Installed through {@link java.util.ServiceLoader} ({@code provides org.mpyjvm.language.spi.FileAccess with ...}
 * in the providing module); the first provider found is used, one instance per context, configured with
 * {@link #configure(Map)} before first use.
 */
public interface FileAccess {
    /** What a path names. */
    enum Kind { MISSING, FILE, DIRECTORY }

    /** Receives the {@code mpy.Env} map, once, when the context starts. */
    default void configure(Map<String, String> env) {
    }

    Kind stat(String path);

    /** The whole file; may throw {@link java.io.IOException} (import then fails with OSError). */
    byte[] read(String path) throws java.io.IOException;
}
