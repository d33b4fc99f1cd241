package org.mpyjvm.language.builtins.modules;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.mpyjvm.language.MpyContext;
import org.mpyjvm.language.errors.Errors;
import org.mpyjvm.language.runtime.PyNone;
import org.mpyjvm.language.runtime.PyOps;
import org.mpyjvm.language.runtime.PyTuple;
import org.mpyjvm.language.spi.Builtin;
import org.mpyjvm.language.spi.BuiltinModule;
import org.mpyjvm.language.spi.ModuleDefinition;
import org.mpyjvm.language.spi.RealTimeClock;

/**
 * time: sleeps, the wrapping tick counters (period 2**62, MicroPython's small-int range on a 64-bit port), the
 * epoch clock, and the 8-tuple date conversions of extmod's timeutils (year, month, mday, hour, minute, second,
 * weekday with Monday 0, yearday). The epoch clock is the context's {@link RealTimeClock} (set by {@code --clock}).
 * The simulated board keeps no time zone, so localtime is gmtime and mktime is its inverse, as on MicroPython's
 * bare-metal ports.
 */
@BuiltinModule("time")
public final class TimeModule implements ModuleDefinition {
    private static final long TICKS_PERIOD = 1L << 62;
    private static final long TICKS_MAX = TICKS_PERIOD - 1;
    private static final long TICKS_HALF = TICKS_PERIOD / 2;

    private final long startNanos = System.nanoTime();

    private static RealTimeClock rtc() {
        return MpyContext.get(null).getRealTimeClock();
    }

    private static void sleepNanos(double nanos) {
        if (nanos <= 0) {
            return;
        }
        try {
            Thread.sleep((long) (nanos / 1_000_000), (int) (nanos % 1_000_000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw Errors.create(org.mpyjvm.language.runtime.BuiltinTypes.KEYBOARD_INTERRUPT, null);
        }
    }

    @Builtin(name = "sleep", minArgs = 1)
    public Object sleep(Object[] a) {
        sleepNanos(PyOps.toDouble(a[0]) * 1e9);
        return PyNone.INSTANCE;
    }

    @Builtin(name = "sleep_ms", minArgs = 1)
    public Object sleepMs(Object[] a) {
        sleepNanos(PyOps.asLong(a[0]) * 1e6);
        return PyNone.INSTANCE;
    }

    @Builtin(name = "sleep_us", minArgs = 1)
    public Object sleepUs(Object[] a) {
        sleepNanos(PyOps.asLong(a[0]) * 1e3);
        return PyNone.INSTANCE;
    }

    @Builtin(name = "ticks_ms")
    public Object ticksMs(Object[] a) {
        return ((System.nanoTime() - startNanos) / 1_000_000) & TICKS_MAX;
    }

    @Builtin(name = "ticks_us")
    public Object ticksUs(Object[] a) {
        return ((System.nanoTime() - startNanos) / 1_000) & TICKS_MAX;
    }

    @Builtin(name = "ticks_cpu")
    public Object ticksCpu(Object[] a) {
        return (System.nanoTime() - startNanos) & TICKS_MAX;
    }

    @Builtin(name = "ticks_add", minArgs = 2)
    public Object ticksAdd(Object[] a) {
        long delta = PyOps.asLong(a[1]);
        // extmod/modtime.c: a delta ticks_diff could not measure back is refused
        if (delta <= -TICKS_HALF || delta >= TICKS_HALF) {
            throw Errors.overflowError("ticks interval overflow");
        }
        return (PyOps.asLong(a[0]) + delta) & TICKS_MAX;
    }

    /** The signed distance end - start on the tick circle. */
    @Builtin(name = "ticks_diff", minArgs = 2)
    public Object ticksDiff(Object[] a) {
        long diff = PyOps.asLong(a[0]) - PyOps.asLong(a[1]);
        return ((diff + TICKS_HALF) & TICKS_MAX) - TICKS_HALF;
    }

    /** Seconds since 1970 as a float, as the unix port returns it. */
    @Builtin(name = "time")
    public Object time(Object[] a) {
        return rtc().getAsLong() / 1e9;
    }

    @Builtin(name = "time_ns")
    public Object timeNs(Object[] a) {
        return rtc().getAsLong();
    }

    @Builtin(name = "gmtime", minArgs = 0, maxArgs = 1)
    public Object gmtime(Object[] a) {
        return dateTuple(a);
    }

    @Builtin(name = "localtime", minArgs = 0, maxArgs = 1)
    public Object localtime(Object[] a) {
        return dateTuple(a);
    }

    private static Object dateTuple(Object[] a) {
        long seconds = a.length == 0 || a[0] == PyNone.INSTANCE ? Math.floorDiv(rtc().getAsLong(), 1_000_000_000L)
            : (long) Math.floor(PyOps.toDouble(a[0]));
        LocalDateTime t = LocalDateTime.ofEpochSecond(seconds, 0, ZoneOffset.UTC);
        return PyTuple.of((long) t.getYear(), (long) t.getMonthValue(), (long) t.getDayOfMonth(), (long) t.getHour(),
            (long) t.getMinute(), (long) t.getSecond(), (long) (t.getDayOfWeek().getValue() - 1),
            (long) t.getDayOfYear());
    }

    /** mktime((year, month, mday, hour, minute, second, ...)): out-of-range fields carry over, as in timeutils. */
    @Builtin(name = "mktime", minArgs = 1)
    public Object mktime(Object[] a) {
        java.util.List<Object> f = PyOps.toList(a[0]);
        if (f.size() < 8) {
            throw Errors.typeError("mktime needs a tuple of length 8 or 9");
        }
        LocalDateTime t = LocalDateTime.of((int) PyOps.asLong(f.get(0)), 1, 1, 0, 0)
            .plusMonths(PyOps.asLong(f.get(1)) - 1).plusDays(PyOps.asLong(f.get(2)) - 1)
            .plusHours(PyOps.asLong(f.get(3))).plusMinutes(PyOps.asLong(f.get(4))).plusSeconds(PyOps.asLong(f.get(5)));
        return t.toEpochSecond(ZoneOffset.UTC);
    }
}
