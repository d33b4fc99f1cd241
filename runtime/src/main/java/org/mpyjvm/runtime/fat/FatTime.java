package org.mpyjvm.runtime.fat;

import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * FAT date/time words: time = {@code hour<<11 | minute<<5 | second/2}, date = {@code (year-1980)<<9 | month<<5 | day}.
 * FatFs packs them as one 32-bit value, date in the high half ({@code get_fattime()}).
 */
final class FatTime {
    private FatTime() {
    }

    static long pack(LocalDateTime t) {
        int year = Math.max(1980, Math.min(2107, t.getYear()));
        int date = (year - 1980) << 9 | t.getMonthValue() << 5 | t.getDayOfMonth();
        int time = t.getHour() << 11 | t.getMinute() << 5 | t.getSecond() / 2;
        return ((long) date << 16 | time) & 0xFFFFFFFFL;
    }

    /**
     * Seconds since 1970 of a stored date and time, computed leniently (month 0 or day 0 from a blank entry roll
     * back instead of failing), as MicroPython's timeutils arithmetic does not validate either.
     */
    static long toEpochSeconds(int date, int time) {
        int year = 1980 + (date >>> 9);
        int month = (date >>> 5) & 15;
        int day = date & 31;
        int hour = time >>> 11;
        int minute = (time >>> 5) & 63;
        int second = (time & 31) * 2;
        LocalDateTime t = LocalDateTime.of(year, 1, 1, 0, 0)
                .plusMonths(month - 1L).plusDays(day - 1L)
                .plusHours(hour).plusMinutes(minute).plusSeconds(second);
        return t.toEpochSecond(ZoneOffset.UTC);
    }
}
