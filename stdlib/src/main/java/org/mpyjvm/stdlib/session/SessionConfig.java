package org.mpyjvm.stdlib.session;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Map;

/**
 * The {@code mpy.Env} keys the stdlib reads (DESIGN.md command-line contract): {@code board}, {@code boardFile},
 * {@code device}, {@code fresh}, {@code nor} (strict|and), {@code clock} (ISO time), {@code hints}, {@code quiet}.
 * Other keys ({@code usb}, {@code i2c}, {@code phase}, {@code heapsize}) belong to other modules.
 */
public record SessionConfig(String board, String boardFile, String device, boolean fresh, boolean norAnd,
                            Long clockEpochSeconds, boolean hints, boolean quiet) {

    public static SessionConfig from(Map<String, String> env) {
        boolean quiet = "true".equals(env.get("quiet"));
        return new SessionConfig(blankToNull(env.get("board")), blankToNull(env.get("boardFile")),
                blankToNull(env.get("device")), !"false".equals(env.getOrDefault("fresh", "true"))
                        && (env.get("device") == null || "true".equals(env.get("fresh"))),
                "and".equals(env.get("nor")), parseClock(env.get("clock")),
                !quiet && !"false".equals(env.get("hints")), quiet);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** {@code 2026-01-02T03:04:05}, with or without a zone; a bare date means midnight. Null when absent. */
    static Long parseClock(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        try {
            return Instant.parse(t).getEpochSecond();
        } catch (DateTimeParseException e) {
            // not an instant with a zone; try a local date-time
        }
        try {
            return LocalDateTime.parse(t).toEpochSecond(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return java.time.LocalDate.parse(t).atStartOfDay().toEpochSecond(ZoneOffset.UTC);
        }
    }
}
