package org.mpyjvm.language.spi;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.function.LongSupplier;

/**
 * The simulated board's RTC, one per context: {@code time.time()}, {@code gmtime()} and the mtimes filesystems
 * stamp all read it, so a file written at {@code time.time()} shows that time in {@code os.stat}. Without
 * {@code --clock} it is the host's wall clock; with it, it starts at the given time and then runs with the host's
 * monotonic clock, as a board whose RTC was set at power-on.
 */
public final class RealTimeClock implements LongSupplier {
    private final long startEpochNanos;
    private final long startMonotonicNanos;
    private final boolean hostWallClock;

    private RealTimeClock(long startEpochNanos, boolean hostWallClock) {
        this.startEpochNanos = startEpochNanos;
        this.startMonotonicNanos = System.nanoTime();
        this.hostWallClock = hostWallClock;
    }

    public static RealTimeClock hostWallClock() {
        return new RealTimeClock(0, true);
    }

    public static RealTimeClock startingAt(long epochSeconds) {
        return new RealTimeClock(epochSeconds * 1_000_000_000L, false);
    }

    /** The clock an {@code mpy.Env} {@code clock} value asks for (absent or blank: the host's wall clock). */
    public static RealTimeClock fromOption(String text) {
        Long start = parseStart(text);
        return start == null ? hostWallClock() : startingAt(start);
    }

    /**
     * {@code 2026-01-02T03:04:05}, with or without a zone ({@code Z}, {@code +02:00}); a bare date means midnight
     * UTC. Null when absent; {@link DateTimeParseException} when it is none of these.
     */
    public static Long parseStart(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        try {
            return Instant.parse(t).getEpochSecond();
        } catch (DateTimeParseException e) {
            // not an instant with a zone: a local date-time or a date, read as UTC
        }
        try {
            return java.time.OffsetDateTime.parse(t).toEpochSecond();
        } catch (DateTimeParseException e) {
            // no offset either
        }
        try {
            return LocalDateTime.parse(t).toEpochSecond(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return LocalDate.parse(t).atStartOfDay().toEpochSecond(ZoneOffset.UTC);
        }
    }

    /** Nanoseconds since 1970-01-01 UTC. */
    @Override
    public long getAsLong() {
        if (hostWallClock) {
            Instant now = Instant.now();
            return now.getEpochSecond() * 1_000_000_000L + now.getNano();
        }
        return startEpochNanos + (System.nanoTime() - startMonotonicNanos);
    }
}
