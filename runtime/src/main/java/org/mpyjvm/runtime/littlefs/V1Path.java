package org.mpyjvm.runtime.littlefs;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * How {@code lfs1_dir_find} reads a path: runs of '/' separate names, '.' is skipped, '..' at the root is skipped,
 * and a name that a later '..' cancels is skipped together with everything up to that '..'. A name that is not
 * found can only be created when nothing follows it in the path (lfs1 checks for a '/' after it), so
 * {@code mkdir("/new/")} is ENOENT in v1.
 *
 * @param names the names to look up, in order
 * @param lastIsBare the last name has nothing after it in the path
 */
record V1Path(List<byte[]> names, boolean lastIsBare) {

    static V1Path parse(String path) {
        List<byte[]> names = new ArrayList<>();
        boolean bare = true;
        int p = 0;
        int n = path.length();
        while (true) {
            while (p < n && path.charAt(p) == '/') {
                p++;
            }
            int end = p;
            while (end < n && path.charAt(end) != '/') {
                end++;
            }
            String name = path.substring(p, end);
            if (name.equals(".") || name.equals("..")) {
                p = end;
                continue;
            }
            if (name.isEmpty()) {
                return new V1Path(names, bare);
            }
            int cancelledAt = cancellingDotDot(path, end);
            if (cancelledAt >= 0) {
                p = cancelledAt;
                continue;
            }
            names.add(name.getBytes(StandardCharsets.UTF_8));
            bare = end == n;
            p = end;
        }
    }

    /** Where the '..' that cancels the name ending at {@code from} ends, or -1 when none does. */
    private static int cancellingDotDot(String path, int from) {
        int depth = 1;
        int s = from;
        int n = path.length();
        while (true) {
            while (s < n && path.charAt(s) == '/') {
                s++;
            }
            int end = s;
            while (end < n && path.charAt(end) != '/') {
                end++;
            }
            if (end == s) {
                return -1;
            }
            if (end - s == 2 && path.startsWith("..", s)) {
                if (--depth == 0) {
                    return end;
                }
            } else {
                depth++;
            }
            s = end;
        }
    }
}
