package org.mpyjvm.ports.i2c;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class I2cControllerTest {
    private static final List<String> TRINKEY_PINS = List.of("GPIO17", "GPIO16");
    private final I2cBus bus = new I2cBus("I2C0", NackErrno.ENODEV);
    private final PinClaims pins = new PinClaims();

    private I2cController open() {
        return I2cController.open(bus, pins, TRINKEY_PINS, 100_000, 255, true);
    }

    @Test
    void seedBootFlowFindsTheDisplay() {
        bus.attach(new RecordingDevice(0x70));
        I2cController i2c = open();
        assertTrue(i2c.tryLock("boot.py"), "the seed spins on try_lock; the first try must succeed");
        assertEquals(List.of(0x70), i2c.scan());
    }

    @Test
    void tryLockIsFalseWhenHeldEvenByTheSameOwner() {
        I2cController i2c = open();
        assertTrue(i2c.tryLock("a"));
        assertFalse(i2c.tryLock("a"));
        assertFalse(i2c.tryLock("b"));
        assertEquals("a", i2c.lockOwner());
        i2c.unlock();
        assertFalse(i2c.isLocked());
        assertTrue(i2c.tryLock("b"));
    }

    @Test
    void transfersRequireTheLockInCircuitPythonMode() {
        bus.attach(new RecordingDevice(0x3C));
        I2cController i2c = open();
        I2cMisuseException e = assertThrows(I2cMisuseException.class, i2c::scan);
        assertEquals(I2cMisuseException.Reason.LOCK_REQUIRED, e.reason());
        assertEquals("Function requires lock", e.getMessage());
        assertEquals("RuntimeError", e.reason().pythonType());
        assertThrows(I2cMisuseException.class, () -> i2c.writeTo(0x3C, new byte[1]));
        assertThrows(I2cMisuseException.class, () -> i2c.readFrom(0x3C, new byte[1]));
        assertThrows(I2cMisuseException.class, () -> i2c.writeThenRead(0x3C, new byte[1], new byte[1]));
        assertThrows(I2cMisuseException.class, () -> i2c.probe(0x3C));
    }

    @Test
    void micropythonModeNeedsNoLockAndClaimsNoPins() {
        bus.attach(new RecordingDevice(0x3C));
        I2cController i2c = I2cController.open(bus, null, List.of(), 400_000, 50_000, false);
        assertEquals(List.of(0x3C), i2c.scan());
        assertEquals(3, i2c.writeTo(0x3C, new byte[3], false));
        assertEquals(400_000, i2c.frequency());
        assertEquals(50_000, i2c.timeout());
    }

    @Test
    void micropythonMemoryTransfersSendTheAddressBigEndian() {
        RecordingDevice d = new RecordingDevice(0x50);
        bus.attach(d);
        I2cController i2c = I2cController.open(bus, null, List.of(), 400_000, 50_000, false);
        i2c.writeToMemory(0x50, 0x1234, 16, new byte[] {7});
        i2c.readFromMemory(0x50, 0x05, 8, new byte[2]);
        assertEquals(List.of("write [18, 52, 7]", "stop", "write [5]", "read 2", "stop"), d.log);
        assertThrows(IllegalArgumentException.class, () -> i2c.readFromMemory(0x50, 0, 12, new byte[1]));
    }

    @Test
    void everythingAfterDeinitIsRefusedAndDeinitIsIdempotent() {
        I2cController i2c = open();
        i2c.tryLock(null);
        i2c.deinit();
        i2c.deinit();
        assertTrue(i2c.isDeinitialized());
        for (Runnable r : List.<Runnable>of(() -> i2c.tryLock("x"), i2c::unlock, i2c::scan,
                () -> i2c.writeTo(0x3C, new byte[0]))) {
            I2cMisuseException e = assertThrows(I2cMisuseException.class, r::run);
            assertEquals(I2cMisuseException.Reason.DEINITIALIZED, e.reason());
            assertEquals("Object has been deinitialized and can no longer be used. Create a new object.",
                    e.getMessage());
        }
    }

    @Test
    void secondBusOnPinsInUseIsRefusedUntilDeinit() {
        I2cController first = open();
        PinInUseException e = assertThrows(PinInUseException.class, this::open);
        assertEquals("GPIO17", e.pin());
        assertEquals("GPIO17 in use", e.getMessage());
        first.deinit();
        open();
    }

    @Test
    void nackWithTheLockHeldIsAnOsErrorNotAMisuse() {
        I2cController i2c = open();
        i2c.tryLock(null);
        assertEquals(19, assertThrows(I2cException.class, () -> i2c.writeTo(0x3C, new byte[] {0})).errno());
    }

    @Test
    void noPullUpsRefusesTheBusAndLeavesThePinsFree() {
        bus.setPullUps(false);
        I2cMisuseException e = assertThrows(I2cMisuseException.class, this::open);
        assertEquals("No pull up found on SDA or SCL; check your wiring", e.getMessage());
        assertTrue(pins.isFree("GPIO16"));
        assertTrue(pins.isFree("GPIO17"));
    }

    @Test
    void vmEndDeinitsTransientBusesButKeepsTheBoardSingleton() {
        I2cController singleton = open();
        singleton.setPersistent(true);
        pins.releaseTransient();
        assertFalse(singleton.isDeinitialized());
        assertSame(singleton, pins.ownerOf("GPIO16").orElseThrow());

        singleton.deinit();
        I2cController busio = open();
        busio.tryLock(null);
        pins.releaseTransient();
        assertTrue(busio.isDeinitialized());
        assertFalse(busio.isLocked());
        assertTrue(pins.isFree("GPIO16"));
    }
}
