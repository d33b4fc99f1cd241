package org.mpyjvm.language.spi;

import java.util.Map;
import org.mpyjvm.language.MpyContext;
import org.mpyjvm.language.errors.ErrnoCodes;

/**
 * The name an {@code OSError} prints for its errno ({@code [Errno 2] ENOENT}, os.md 5.3). MicroPython prints the
 * {@code errno} module's name; a port may print texts instead (CircuitPython: {@code [Errno 2] No such
 * file/directory}), which it installs per context here.
 */
public final class ErrnoText {
    private static final Map<Object, Map<Integer, String>> TEXTS =
        java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    private ErrnoText() {
    }

    /** Makes this context print {@code [Errno N] text} for the numbers in {@code texts} (before the names). */
    public static void useTexts(MpyContext context, Map<Integer, String> texts) {
        TEXTS.put(context, Map.copyOf(texts));
    }

    /** The text printed after {@code [Errno N] }, or null when the number prints bare ({@code OSError: 28}). */
    public static String text(long errno) {
        if (errno < Integer.MIN_VALUE || errno > Integer.MAX_VALUE) {
            return null;
        }
        Map<Integer, String> texts = TEXTS.isEmpty() ? null : TEXTS.get(MpyContext.get(null));
        String own = texts == null ? null : texts.get((int) errno);
        return own != null ? own : ErrnoCodes.nameOf(errno);
    }
}
