package org.mpyjvm.runtime.fat;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.function.LongSupplier;

/**
 * The wall clock FatFs asks through {@code get_fattime()}: local time, no zone. It stamps files and directories
 * and gives mkfs its volume serial. Zephyr builds have no RTC and stamp everything 2018-01-01 00:00:00
 * ({@link #noRtc()}); tests use {@link #fixed} so images are reproducible.
 */
@FunctionalInterface
public interface FatClock {
    LocalDateTime now();

    /** The host's local time. */
    static FatClock system() {
        return LocalDateTime::now;
    }

    static FatClock fixed(LocalDateTime time) {
        return () -> time;
    }

    /** FatFs with {@code FF_FS_NORTC = 1} and MicroPython's zephyr settings: always 2018-01-01 00:00:00. */
    static FatClock noRtc() {
        return fixed(LocalDateTime.of(2018, 1, 1, 0, 0, 0));
    }

    /** A clock reading seconds since 1970 (the simulated RTC); the value is taken as local time. */
    static FatClock ofEpochSeconds(LongSupplier seconds) {
        return () -> LocalDateTime.ofEpochSecond(seconds.getAsLong(), 0, ZoneOffset.UTC);
    }
}
