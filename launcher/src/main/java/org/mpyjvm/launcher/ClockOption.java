package org.mpyjvm.launcher;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** {@code --clock ISO-TIME}: {@code 2026-01-02T03:04:05}, with or without a zone (none: UTC); a bare date is midnight. */
final class ClockOption {
    private ClockOption() {
    }

    /** Seconds since 1970, or null when {@code text} is null. */
    static Long epochSeconds(String text) throws UsageException {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        try {
            return Instant.parse(t).getEpochSecond();
        } catch (DateTimeParseException e) {
            // not an instant with a zone
        }
        try {
            return LocalDateTime.parse(t).toEpochSecond(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            // not a local date-time
        }
        try {
            return LocalDate.parse(t).atStartOfDay().toEpochSecond(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new UsageException("--clock takes an ISO time like 2024-06-01T12:00:00, not '" + text + "'");
        }
    }
}
