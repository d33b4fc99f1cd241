package org.mpyjvm.ports.i2c;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class I2cBusTest {
    private final I2cBus bus = new I2cBus("I2C0", NackErrno.ENODEV);

    @Test
    void scanListsPresentAddressesAscendingWithinTheUnreservedRange() {
        bus.attach(new RecordingDevice(0x70));
        bus.attach(new RecordingDevice(0x3C));
        bus.attach(new RecordingDevice(0x77));
        bus.attach(new RecordingDevice(0x78)); // reserved: addressable but never scanned
        bus.attach(new RecordingDevice(0x05));
        assertEquals(List.of(0x3C, 0x70, 0x77), bus.scan());
    }

    @Test
    void emptyBusScansEmpty() {
        assertEquals(List.of(), bus.scan());
    }

    @Test
    void scanProbesWithZeroLengthWriteThenStop() {
        RecordingDevice d = new RecordingDevice(0x3C);
        bus.attach(d);
        bus.scan();
        assertEquals(List.of("write []", "stop"), d.log);
    }

    @Test
    void writeThenReadUsesRepeatedStartAndOneStop() {
        RecordingDevice d = new RecordingDevice(0x48);
        bus.attach(d);
        byte[] in = new byte[3];
        bus.writeThenRead(0x48, new byte[] {0x0F}, in);
        assertEquals(List.of("write [15]", "read 3", "stop"), d.log);
        assertArrayEquals(new byte[] {0, 1, 2}, in);
    }

    @Test
    void writeWithoutStopIsStoppedByALaterTransfer() {
        RecordingDevice d = new RecordingDevice(0x48);
        bus.attach(d);
        assertEquals(2, bus.write(0x48, new byte[] {1, 2}, false));
        assertEquals(List.of("write [1, 2]"), d.log);
        bus.read(0x48, new byte[1], true);
        assertEquals(List.of("write [1, 2]", "read 1", "stop"), d.log);
    }

    @Test
    void absentAddressRaisesThePortsErrnoAndStopsOpenTransfers() {
        RecordingDevice d = new RecordingDevice(0x48);
        bus.attach(d);
        bus.write(0x48, new byte[] {1}, false);
        I2cException e = assertThrows(I2cException.class, () -> bus.write(0x49, new byte[] {1}, true));
        assertEquals(19, e.errno());
        assertEquals(0x49, e.address());
        assertEquals(List.of("write [1]", "stop"), d.log);
        assertEquals(19, assertThrows(I2cException.class, () -> bus.read(0x10, new byte[2], true)).errno());
    }

    @Test
    void nackErrnoFollowsThePortStyle() {
        I2cBus zephyr = new I2cBus("i2c0", NackErrno.EIO);
        assertEquals(5, assertThrows(I2cException.class, () -> zephyr.write(0x3C, new byte[0], true)).errno());
        I2cBus rp2 = new I2cBus("0", NackErrno.RP2);
        assertEquals(19, assertThrows(I2cException.class, () -> rp2.write(0x3C, new byte[0], true)).errno());
        assertEquals(5, assertThrows(I2cException.class, () -> rp2.write(0x3C, new byte[1], true)).errno());
        assertEquals(5, assertThrows(I2cException.class, () -> rp2.read(0x3C, new byte[1], true)).errno());
    }

    @Test
    void probeAndDeviceLookup() {
        bus.attach(new RecordingDevice(0x50));
        assertTrue(bus.probe(0x50));
        assertFalse(bus.probe(0x51));
        assertTrue(bus.deviceAt(0x50).isPresent());
        assertTrue(bus.detach(0x50));
        assertFalse(bus.probe(0x50));
        assertFalse(bus.detach(0x50));
    }

    @Test
    void attachRefusesATakenAddressAndBadAddresses() {
        bus.attach(new RecordingDevice(0x3C));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> bus.attach(new RecordingDevice(0x3C)));
        assertTrue(e.getMessage().contains("0x3c is already taken"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> bus.attach(new RecordingDevice(0x80)));
        assertThrows(IllegalArgumentException.class, () -> bus.write(0x80, new byte[0], true));
    }

    @Test
    void zeroLengthReadIsRefused() {
        bus.attach(new RecordingDevice(0x3C));
        assertThrows(IllegalArgumentException.class, () -> bus.read(0x3C, new byte[0], true));
    }
}
