package org.mpyjvm.runtime.posix;

import java.util.ArrayList;
import java.util.List;

/**
 * A path as the script sees it inside the confined folder, normalised lexically like a chroot: {@code "."} and
 * empty components vanish, {@code ".."} climbs one component and stops at the top ({@code "/.."} is {@code "/"}).
 * No host path is involved, so no spelling can climb above the folder.
 */
final class GuestPath {
    private GuestPath() {
    }

    /** The components of {@code path} taken relative to {@code cwd} (itself normalised) unless absolute. */
    static List<String> components(String cwd, String path) {
        List<String> parts = new ArrayList<>();
        if (!path.startsWith("/")) {
            climb(parts, cwd);
        }
        climb(parts, path);
        return parts;
    }

    private static void climb(List<String> parts, String path) {
        for (String part : path.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (!parts.isEmpty()) {
                    parts.remove(parts.size() - 1);
                }
            } else {
                parts.add(part);
            }
        }
    }

    static String toString(List<String> parts) {
        return parts.isEmpty() ? "/" : "/" + String.join("/", parts);
    }
}
