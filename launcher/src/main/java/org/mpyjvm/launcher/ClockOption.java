package org.mpyjvm.launcher;

import java.time.format.DateTimeParseException;
import org.mpyjvm.language.spi.RealTimeClock;

/**
 * {@code --clock ISO-TIME} for host tools, read by the same parser as the board's RTC ({@code 2026-01-02T03:04:05},
 * with or without a zone; a bare date is midnight), so an image made here carries the times a script would give.
 */
final class ClockOption {
    private ClockOption() {
    }

    /** Seconds since 1970, or null when {@code text} is null. */
    static Long epochSeconds(String text) throws UsageException {
        if (text == null) {
            return null;
        }
        try {
            return RealTimeClock.parseStart(text);
        } catch (DateTimeParseException e) {
            throw new UsageException("--clock takes an ISO time like 2024-06-01T12:00:00, not '" + text + "'");
        }
    }
}
