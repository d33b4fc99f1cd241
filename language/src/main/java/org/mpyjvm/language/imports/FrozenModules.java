package org.mpyjvm.language.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The {@code .py} modules frozen into the firmware, as MicroPython's {@code .frozen} entry of {@code sys.path}
 * sees them: jar resources under {@code org/mpyjvm/language/frozen/} (a package is a folder with an
 * {@code __init__.py}), plus sources added at run time. Paths are relative to that root, e.g. {@code asyncio/core.py},
 * which is also what MicroPython gives a frozen module as {@code __file__}.
 *
 * <p>The resources live in this (named) module, so only its own classes read them: that is why the lookup is here.
 */
final class FrozenModules {
    /** The sys.path entry that stands for the frozen modules. */
    static final String PATH_ENTRY = ".frozen";
    private static final String ROOT = "/org/mpyjvm/language/frozen/";

    private final Map<String, String> added = new HashMap<>();

    /** Adds (or replaces) a frozen source at {@code path}, e.g. {@code "mymod.py"} or {@code "pkg/__init__.py"}. */
    void add(String path, String source) {
        added.put(path, source);
    }

    /** The source at {@code path} (relative to the frozen root), or null when nothing is frozen there. */
    String source(String path) {
        String source = added.get(path);
        if (source != null) {
            return source;
        }
        try (InputStream in = FrozenModules.class.getResourceAsStream(ROOT + path)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            // a resource that exists but cannot be read is a broken jar, not a missing module
            throw new IllegalStateException("frozen module " + path + " unreadable", e);
        }
    }

    /** True when {@code dir} is a frozen package (has an {@code __init__.py}). */
    boolean isPackage(String dir) {
        return source(dir + "/__init__.py") != null;
    }
}
