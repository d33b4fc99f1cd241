package org.mpyjvm.stdlib.circuitpython;

import java.util.ArrayList;
import java.util.List;
import org.mpyjvm.language.runtime.Buffer;
import org.mpyjvm.language.runtime.PyClass;
import org.mpyjvm.language.runtime.PyKeywords;
import org.mpyjvm.language.runtime.PyList;
import org.mpyjvm.language.runtime.PyNone;
import org.mpyjvm.language.spi.Builtin;
import org.mpyjvm.ports.i2c.I2cBus;
import org.mpyjvm.ports.i2c.I2cController;
import org.mpyjvm.ports.i2c.I2cException;
import org.mpyjvm.ports.i2c.I2cMisuseException;
import org.mpyjvm.ports.i2c.PinInUseException;
import org.mpyjvm.stdlib.bridge.Args;
import org.mpyjvm.stdlib.bridge.Buffers;
import org.mpyjvm.stdlib.bridge.NativeType;

/**
 * {@code busio.I2C(scl, sda, *, frequency=100000, timeout=255)} (circuitpython.md 5) on the RP2040: SCL an odd and
 * SDA an even GPIO of the same I2C instance, pins free, at most 1 MHz, pull-ups present. Every transfer needs the
 * lock ({@code try_lock}); checks run in CircuitPython's order (deinitialised, lock, buffer bounds, transfer). The
 * transfers are the ports' {@link I2cController}'s; this class only converts arguments and errors.
 */
final class I2cType {
    static final int MAX_FREQUENCY = 1_000_000;

    private final CircuitPythonBoard board;
    private final PyClass type;

    I2cType(CircuitPythonBoard board) {
        this.board = board;
        this.type = NativeType.define("I2C", new Constructor(), new Methods());
    }

    PyClass type() {
        return type;
    }

    /** Opens a controller on two pins; {@code persistent} for the {@code board.I2C()} singleton. */
    I2cObject open(PyClass cls, Object scl, Object sda, long frequency, int timeout, boolean persistent) {
        PinObject sclPin = pin(scl, "scl");
        PinObject sdaPin = pin(sda, "sda");
        for (PinObject p : List.of(sclPin, sdaPin)) {
            if (!board.claims().isFree(p.gpio())) {
                throw CircuitPythonErrors.pinInUse(board.pins().nameOf(p.gpio()));
            }
        }
        if (frequency > MAX_FREQUENCY) {
            throw CircuitPythonErrors.frequencyTooHigh();
        }
        I2cBus bus = busFor(sclPin, sdaPin);
        try {
            I2cController c = I2cController.open(bus, board.claims(), List.of(sclPin.gpio(), sdaPin.gpio()),
                    (int) Math.max(0, frequency), timeout, true);
            c.setPersistent(persistent);
            return new I2cObject(cls, c);
        } catch (PinInUseException e) {
            throw CircuitPythonErrors.pinInUse(board.pins().nameOf(e.pin()));
        } catch (I2cMisuseException e) {
            throw CircuitPythonErrors.misuse(e.reason());
        }
    }

    private static PinObject pin(Object o, String argument) {
        if (o instanceof PinObject p) {
            return p;
        }
        throw CircuitPythonErrors.mustBeOfType(argument, "Pin", o);
    }

    /**
     * RP2040: GPIO n belongs to I2C instance (n / 2) % 2; SCL is odd, SDA even. A valid pair the board does not wire
     * to a bus opens an empty bus without pull-ups, as bare pins would measure.
     */
    private I2cBus busFor(PinObject scl, PinObject sda) {
        int s = gpioNumber(scl.gpio());
        int d = gpioNumber(sda.gpio());
        if (s < 0 || d < 0 || s % 2 != 1 || d % 2 != 0 || (s / 2) % 2 != (d / 2) % 2) {
            throw CircuitPythonErrors.invalidPins();
        }
        I2cBus bus = board.wiring().busOn(scl.gpio(), sda.gpio());
        if (bus == null) {
            bus = new I2cBus("I2C" + (s / 2) % 2, org.mpyjvm.ports.i2c.NackErrno.ENODEV);
            bus.setPullUps(false);
        }
        return bus;
    }

    private static int gpioNumber(String gpio) {
        return gpio.matches("GPIO\\d{1,2}") ? Integer.parseInt(gpio.substring(4)) : -1;
    }

    /** {@code __new__}: positional scl and sda, keyword-only frequency and timeout. */
    public final class Constructor {
        @Builtin(name = "__new__", minArgs = 3, maxArgs = 3, keywords = true)
        public Object create(Object[] a, PyKeywords kw) {
            Args.onlyKeywords(kw, "scl", "sda", "frequency", "timeout");
            long frequency = Args.toLong(Args.keyword(kw, "frequency", 100_000L));
            int timeout = Args.toInt(Args.keyword(kw, "timeout", 255L));
            return open((PyClass) a[0], a[1], a[2], frequency, timeout, false);
        }
    }

    private static I2cController controller(Object self) {
        return ((I2cObject) self).controller();
    }

    /** Deinitialised first, then the lock: what every transfer checks before touching its arguments. */
    private static I2cController usable(Object self) {
        I2cController c = controller(self);
        if (c.isDeinitialized()) {
            throw CircuitPythonErrors.deinitialized();
        }
        if (!c.isLocked()) {
            throw CircuitPythonErrors.misuse(I2cMisuseException.Reason.LOCK_REQUIRED);
        }
        return c;
    }

    /** Runs a transfer, turning the ports' failures into CircuitPython's exceptions. */
    private static <T> T transfer(java.util.function.Supplier<T> action) {
        try {
            return action.get();
        } catch (I2cException e) {
            throw CircuitPythonErrors.oserror(e.errno());
        } catch (I2cMisuseException e) {
            throw CircuitPythonErrors.misuse(e.reason());
        } catch (IllegalArgumentException e) {
            throw org.mpyjvm.language.errors.Errors.valueError("address out of range");
        }
    }

    /** {@code normalize_buffer_bounds}: negative indexes count from the end, then both are clamped. */
    static int[] bounds(int length, long start, long end) {
        long s = start < 0 ? Math.max(0, start + length) : Math.min(start, length);
        long e = end < 0 ? Math.max(0, end + length) : Math.min(end, length);
        return new int[] {(int) s, (int) Math.max(0, e - s)};
    }

    private static long intKeyword(PyKeywords kw, String name, long fallback) {
        return Args.toLong(Args.keyword(kw, name, fallback));
    }

    /** The methods of {@code busio.I2C}. */
    public static final class Methods {
        @Builtin(name = "try_lock", minArgs = 1)
        public Object tryLock(Object[] a) {
            return transfer(() -> controller(a[0]).tryLock(a[0]));
        }

        @Builtin(name = "unlock", minArgs = 1)
        public Object unlock(Object[] a) {
            transfer(() -> {
                controller(a[0]).unlock();
                return null;
            });
            return PyNone.INSTANCE;
        }

        @Builtin(name = "scan", minArgs = 1)
        public Object scan(Object[] a) {
            I2cController c = usable(a[0]);
            List<Object> found = new ArrayList<>();
            for (int address : transfer(c::scan)) {
                found.add((long) address);
            }
            return new PyList(found);
        }

        @Builtin(name = "probe", minArgs = 2)
        public Object probe(Object[] a) {
            I2cController c = usable(a[0]);
            int address = Args.toInt(a[1]);
            return transfer(() -> c.probe(address));
        }

        @Builtin(name = "readfrom_into", minArgs = 3, maxArgs = 3, keywords = true)
        public Object readfromInto(Object[] a, PyKeywords kw) {
            Args.onlyKeywords(kw, "start", "end");
            I2cController c = usable(a[0]);
            int address = Args.toInt(a[1]);
            Buffer buffer = Buffers.writable(a[2]);
            int[] b = bounds(buffer.length(), intKeyword(kw, "start", 0), intKeyword(kw, "end", Long.MAX_VALUE));
            if (b[1] < 1) {
                throw CircuitPythonErrors.lengthAtLeastOne("buffer");
            }
            byte[] into = new byte[b[1]];
            transfer(() -> {
                c.readFrom(address, into);
                return null;
            });
            Buffers.fill(buffer, b[0], into, 0, into.length);
            return PyNone.INSTANCE;
        }

        @Builtin(name = "writeto", minArgs = 3, maxArgs = 3, keywords = true)
        public Object writeto(Object[] a, PyKeywords kw) {
            Args.onlyKeywords(kw, "start", "end");
            I2cController c = usable(a[0]);
            int address = Args.toInt(a[1]);
            Buffer buffer = Buffers.of(a[2]);
            int[] b = bounds(buffer.length(), intKeyword(kw, "start", 0), intKeyword(kw, "end", Long.MAX_VALUE));
            byte[] out = buffer.copy(b[0], b[1]);
            transfer(() -> c.writeTo(address, out));
            return PyNone.INSTANCE;
        }

        @Builtin(name = "writeto_then_readfrom", minArgs = 4, maxArgs = 4, keywords = true)
        public Object writetoThenReadfrom(Object[] a, PyKeywords kw) {
            Args.onlyKeywords(kw, "out_start", "out_end", "in_start", "in_end");
            I2cController c = usable(a[0]);
            int address = Args.toInt(a[1]);
            Buffer out = Buffers.of(a[2]);
            Buffer in = Buffers.writable(a[3]);
            int[] ob = bounds(out.length(), intKeyword(kw, "out_start", 0), intKeyword(kw, "out_end", Long.MAX_VALUE));
            int[] ib = bounds(in.length(), intKeyword(kw, "in_start", 0), intKeyword(kw, "in_end", Long.MAX_VALUE));
            if (ib[1] < 1) {
                // CircuitPython names the wrong buffer here.
                throw CircuitPythonErrors.lengthAtLeastOne("out_buffer");
            }
            byte[] outBytes = out.copy(ob[0], ob[1]);
            byte[] inBytes = new byte[ib[1]];
            transfer(() -> {
                c.writeThenRead(address, outBytes, inBytes);
                return null;
            });
            Buffers.fill(in, ib[0], inBytes, 0, inBytes.length);
            return PyNone.INSTANCE;
        }

        @Builtin(name = "deinit", minArgs = 1)
        public Object deinit(Object[] a) {
            controller(a[0]).deinit();
            return PyNone.INSTANCE;
        }

        @Builtin(name = "__enter__", minArgs = 1)
        public Object enter(Object[] a) {
            if (controller(a[0]).isDeinitialized()) {
                throw CircuitPythonErrors.deinitialized();
            }
            return a[0];
        }

        @Builtin(name = "__exit__", minArgs = 1, maxArgs = 4)
        public Object exit(Object[] a) {
            controller(a[0]).deinit();
            return PyNone.INSTANCE;
        }

        @Builtin(name = "__repr__", minArgs = 1)
        public Object repr(Object[] a) {
            return "<I2C>";
        }
    }
}
