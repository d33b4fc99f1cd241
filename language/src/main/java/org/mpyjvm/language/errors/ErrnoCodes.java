package org.mpyjvm.language.errors;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The errno names and numbers MicroPython's errno module knows (py/moderrno.c's default list, Linux numbering, as
 * the unix port has them). OSError's str() uses the names: {@code [Errno 2] ENOENT}.
 */
public final class ErrnoCodes {
    private ErrnoCodes() {
    }

    private static final Map<String, Integer> BY_NAME = new LinkedHashMap<>();
    private static final Map<Integer, String> BY_CODE = new LinkedHashMap<>();

    static {
        Object[] table = {
            "EPERM", 1, "ENOENT", 2, "EIO", 5, "EBADF", 9, "EAGAIN", 11, "ENOMEM", 12, "EACCES", 13, "EEXIST", 17,
            "ENODEV", 19, "EISDIR", 21, "EINVAL", 22, "EOPNOTSUPP", 95, "EADDRINUSE", 98, "ECONNABORTED", 103,
            "ECONNRESET", 104, "ENOBUFS", 105, "ENOTCONN", 107, "ETIMEDOUT", 110, "ECONNREFUSED", 111,
            "EHOSTUNREACH", 113, "EALREADY", 114, "EINPROGRESS", 115,
        };
        for (int i = 0; i < table.length; i += 2) {
            BY_NAME.put((String) table[i], (Integer) table[i + 1]);
            BY_CODE.put((Integer) table[i + 1], (String) table[i]);
        }
    }

    /** Name to number, in MicroPython's order. */
    public static Map<String, Integer> byName() {
        return BY_NAME;
    }

    /** The name of a code, or null when MicroPython has no name for it. */
    public static String nameOf(long code) {
        return code >= Integer.MIN_VALUE && code <= Integer.MAX_VALUE ? BY_CODE.get((int) code) : null;
    }
}
