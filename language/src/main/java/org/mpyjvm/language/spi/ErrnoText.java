package org.mpyjvm.language.spi;

import java.util.Map;
import org.mpyjvm.language.runtime.BuiltinTypes;
import org.mpyjvm.language.runtime.PyBaseException;
import org.mpyjvm.language.runtime.PyOps;
import org.mpyjvm.language.runtime.PyTuple;

/**
 * How MicroPython prints an {@code OSError} (os.md 5.3): {@code [Errno 2] ENOENT} when the errno has a name in
 * the {@code errno} module, {@code [Errno 2] ENOENT: arg} with a second argument, and a bare number otherwise
 * ({@code OSError: 28}). The table is the default {@code errno} module list of {@code py/moderrno.c}.
 */
public final class ErrnoText {
    /** The names of the {@code errno} module, by number (os.md 5.2). */
    public static final Map<Integer, String> NAMES = Map.ofEntries(
        Map.entry(1, "EPERM"), Map.entry(2, "ENOENT"), Map.entry(5, "EIO"), Map.entry(9, "EBADF"),
        Map.entry(11, "EAGAIN"), Map.entry(12, "ENOMEM"), Map.entry(13, "EACCES"), Map.entry(17, "EEXIST"),
        Map.entry(19, "ENODEV"), Map.entry(21, "EISDIR"), Map.entry(22, "EINVAL"), Map.entry(95, "EOPNOTSUPP"),
        Map.entry(98, "EADDRINUSE"), Map.entry(103, "ECONNABORTED"), Map.entry(104, "ECONNRESET"),
        Map.entry(105, "ENOBUFS"), Map.entry(107, "ENOTCONN"), Map.entry(110, "ETIMEDOUT"),
        Map.entry(111, "ECONNREFUSED"), Map.entry(113, "EHOSTUNREACH"), Map.entry(114, "EALREADY"),
        Map.entry(115, "EINPROGRESS"));

    /** Per-context texts that replace the names (CircuitPython prints {@code [Errno 2] No such file/directory}). */
    private static final Map<Object, Map<Integer, String>> TEXTS =
        java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    private ErrnoText() {
    }

    /** Makes this context print {@code [Errno N] text} for the numbers in {@code texts} (before the names). */
    public static void useTexts(org.mpyjvm.language.MpyContext context, Map<Integer, String> texts) {
        TEXTS.put(context, Map.copyOf(texts));
    }

    private static String text(int n) {
        Map<Integer, String> texts = TEXTS.isEmpty() ? null : TEXTS.get(org.mpyjvm.language.MpyContext.get(null));
        String own = texts == null ? null : texts.get(n);
        return own != null ? own : NAMES.get(n);
    }

    /** The str() of an OSError whose first argument is a named errno, or null to print it the ordinary way. */
    public static String format(PyBaseException e) {
        if (!e.getPyClass().isSubclassOf(BuiltinTypes.OS_ERROR)) {
            return null;
        }
        PyTuple args = e.getArgs();
        if (args.size() < 1 || args.size() > 2 || !(args.get(0) instanceof Long n)) {
            return null;
        }
        String name = n >= Integer.MIN_VALUE && n <= Integer.MAX_VALUE ? text((int) (long) n) : null;
        if (name == null) {
            return null;
        }
        String text = "[Errno " + n + "] " + name;
        return args.size() == 2 ? text + ": " + PyOps.str(args.get(1)) : text;
    }
}
