package org.mpyjvm.stdlib.session;

import java.util.Map;
import org.mpyjvm.language.spi.RealTimeClock;

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
                "and".equals(env.get("nor")), RealTimeClock.parseStart(env.get("clock")),
                !quiet && !"false".equals(env.get("hints")), quiet);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
