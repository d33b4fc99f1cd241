package org.mpyjvm.stdlib.circuitpython;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** circuitpython.md 4-5: every busio.I2C misuse error, the board.I2C() singleton, transfers to simulated devices. */
class BusioI2cTest {
    private static String run(String i2c, String code) {
        BoardRun r = BoardRun.on(null);
        if (i2c != null) {
            r.with("i2c", i2c);
        }
        return r.run("code.py", "import board, busio\n"
                + "def attempt(f, *a, **k):\n"
                + "    try:\n"
                + "        r = f(*a, **k)\n"
                + "        print('ok', r)\n"
                + "    except Exception as e:\n"
                + "        print(type(e).__name__ + ':', e)\n" + code).out;
    }

    @Test
    void lockScanAndUnlock() {
        assertEquals("""
                ok True
                ok False
                ok [60, 112]
                ok None
                RuntimeError: Function requires lock
                """, run("0x70=ht16k33,0x3c=ssd1306", """
                i = busio.I2C(board.SCL, board.SDA)
                attempt(i.try_lock)
                attempt(i.try_lock)
                attempt(i.scan)
                attempt(i.unlock)
                attempt(i.scan)
                """));
    }

    @Test
    void everyCallNeedsTheLock() {
        assertEquals("""
                RuntimeError: Function requires lock
                RuntimeError: Function requires lock
                RuntimeError: Function requires lock
                RuntimeError: Function requires lock
                """, run(null, """
                i = busio.I2C(board.SCL, board.SDA)
                attempt(i.probe, 0x70)
                attempt(i.writeto, 0x70, b'x')
                attempt(i.readfrom_into, 0x70, bytearray(1))
                attempt(i.writeto_then_readfrom, 0x70, b'x', bytearray(1))
                """));
    }

    @Test
    void deinitialisedObjectsRefuseEverything() {
        String dead = "ValueError: Object has been deinitialized and can no longer be used. Create a new object.\n";
        assertEquals("ok None\n" + dead + dead + dead + "ok None\n", run(null, """
                i = busio.I2C(board.SCL, board.SDA)
                attempt(i.deinit)
                attempt(i.try_lock)
                attempt(i.unlock)
                attempt(i.scan)
                attempt(i.deinit)
                """));
    }

    @Test
    void pinsAndArguments() {
        assertEquals("""
                ValueError: SCL in use
                ValueError: SDA in use
                ValueError: Invalid pins
                TypeError: scl must be of type Pin, not int
                ValueError: frequency must be <= 1000000
                ok <I2C>
                """, run(null, """
                s = board.I2C()
                attempt(busio.I2C, board.SCL, board.SDA)
                attempt(busio.I2C, board.NEOPIXEL, board.SDA)
                s.deinit()
                attempt(busio.I2C, board.SDA, board.SCL)
                attempt(busio.I2C, 17, board.SDA)
                attempt(busio.I2C, board.SCL, board.SDA, frequency=1000001)
                attempt(busio.I2C, board.SCL, board.SDA, frequency=400000, timeout=10)
                """));
    }

    @Test
    void transfersAndTheirErrors() {
        assertEquals("""
                OSError: [Errno 19] No such device
                ValueError: buffer length must be >= 1
                ValueError: out_buffer length must be >= 1
                ok None
                ok None
                bytearray(b'hello')
                ok True
                ok False
                """, run("0x50=at24", """
                i = busio.I2C(board.SCL, board.SDA)
                i.try_lock()
                attempt(i.readfrom_into, 0x51, bytearray(1))
                attempt(i.readfrom_into, 0x50, bytearray(4), start=2, end=2)
                attempt(i.writeto_then_readfrom, 0x50, b'\\x00\\x00', bytearray(2), in_start=2)
                attempt(i.writeto, 0x50, b'\\x00\\x10hello')
                buf = bytearray(5)
                attempt(i.writeto_then_readfrom, 0x50, b'\\x00\\x10', buf)
                print(buf)
                attempt(i.probe, 0x50)
                attempt(i.probe, 0x51)
                """));
    }

    @Test
    void boardI2cIsASingletonUntilDeinitialised() {
        assertEquals("True\nTrue\nFalse\n", BoardRun.on(null).run("code.py", """
                import board
                a = board.I2C()
                print(a is board.I2C())
                print(board.STEMMA_I2C() is a)
                with a:
                    pass
                print(board.I2C() is a)
                """).out);
    }
}
