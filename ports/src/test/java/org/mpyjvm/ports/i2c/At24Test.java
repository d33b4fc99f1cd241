package org.mpyjvm.ports.i2c;

import static org.mpyjvm.ports.i2c.Wire.bytes;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class At24Test {
    private final I2cBus bus = new I2cBus("I2C0", NackErrno.ENODEV);
    private final I2cController i2c = I2cController.open(bus, null, List.of(), 400_000, 255, false);

    @Test
    void freshPartReadsErasedAndWritesReadBack() {
        At24 eeprom = At24.inMemory(At24Chip.C256, 0x50);
        bus.attach(eeprom);
        assertArrayEquals(bytes(0xFF, 0xFF), Wire.writeThenRead(i2c, 0x50, bytes(0x12, 0x34), 2));
        i2c.writeTo(0x50, bytes(0x12, 0x34, 'h', 'i'));
        assertArrayEquals("hi".getBytes(), Wire.writeThenRead(i2c, 0x50, bytes(0x12, 0x34), 2));
        // sequential read continues from the pointer left by the last read
        byte[] next = new byte[1];
        i2c.readFrom(0x50, next);
        assertEquals((byte) 0xFF, next[0]);
    }

    @Test
    void pageWriteWrapsToThePageStart() {
        At24 eeprom = At24.inMemory(At24Chip.C02, 0x50); // 8-byte pages
        bus.attach(eeprom);
        // Start at 6 in page 0..7 and send 4 bytes: 6, 7, then wrap to 0, 1.
        i2c.writeTo(0x50, bytes(6, 0xA, 0xB, 0xC, 0xD));
        byte[] mem = eeprom.contents();
        assertEquals(0xC, mem[0]);
        assertEquals(0xD, mem[1]);
        assertEquals(0xA, mem[6]);
        assertEquals(0xB, mem[7]);
        assertEquals((byte) 0xFF, mem[8], "the next page is untouched");
        // 10 bytes into an 8-byte page: the first two are overwritten by the last two
        i2c.writeTo(0x50, bytes(16, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10));
        mem = eeprom.contents();
        assertArrayEquals(bytes(9, 10, 3, 4, 5, 6, 7, 8), java.util.Arrays.copyOfRange(mem, 16, 24));
    }

    @Test
    void sequentialReadWrapsAroundTheWholeMemory() {
        At24 eeprom = At24.inMemory(At24Chip.C02, 0x50);
        bus.attach(eeprom);
        i2c.writeTo(0x50, bytes(0, 0x11));
        i2c.writeTo(0x50, bytes(255, 0x22));
        assertArrayEquals(bytes(0x22, 0x11), Wire.writeThenRead(i2c, 0x50, bytes(255), 2));
    }

    @Test
    void smallPartsTakeHighAddressBitsFromTheDeviceAddress() {
        At24 eeprom = At24.inMemory(At24Chip.C16, 0x50);
        bus.attach(eeprom);
        assertEquals(List.of(0x50, 0x51, 0x52, 0x53, 0x54, 0x55, 0x56, 0x57), i2c.scan());
        i2c.writeTo(0x53, bytes(0x10, 0x42));
        assertEquals(0x42, eeprom.contents()[3 * 256 + 0x10]);
        assertArrayEquals(bytes(0x42), Wire.writeThenRead(i2c, 0x53, bytes(0x10), 1));
        assertArrayEquals(bytes(0xFF), Wire.writeThenRead(i2c, 0x50, bytes(0x10), 1));
    }

    @Test
    void writeIsProgrammedOnlyAtStop() {
        At24 eeprom = At24.inMemory(At24Chip.C32, 0x50);
        bus.attach(eeprom);
        bus.write(0x50, bytes(0, 0, 0x55), false);
        assertEquals((byte) 0xFF, eeprom.contents()[0], "latched, not yet programmed");
        bus.read(0x50, new byte[1], true); // repeated start: the part abandons the write
        assertEquals((byte) 0xFF, eeprom.contents()[0]);
        bus.write(0x50, bytes(0, 0, 0x55), false);
        bus.stop();
        assertEquals(0x55, eeprom.contents()[0]);
    }

    @Test
    void highAddressBitsBeyondTheSizeAreIgnored() {
        At24 eeprom = At24.inMemory(At24Chip.C32, 0x50); // 4 KiB: 12 address bits
        bus.attach(eeprom);
        i2c.writeTo(0x50, bytes(0xF0, 0x01, 0x77));
        assertEquals(0x77, eeprom.contents()[0x001]);
    }

    @Test
    void contentsSurviveInAHostFile(@TempDir Path tmp) throws Exception {
        Path file = tmp.resolve("eeprom.bin");
        At24 first = At24.persisted(At24Chip.C256, 0x50, file);
        bus.attach(first);
        i2c.writeTo(0x50, bytes(0x00, 0x10, 'o', 'k'));
        first.close();
        bus.detach(0x50);
        assertEquals(32768, Files.size(file));
        assertEquals('o', Files.readAllBytes(file)[0x10]);

        At24 second = At24.persisted(At24Chip.C256, 0x50, file);
        bus.attach(second);
        assertArrayEquals("ok".getBytes(), Wire.writeThenRead(i2c, 0x50, bytes(0x00, 0x10), 2));
        assertTrue(second.describe().contains("2 bytes not 0xff"), second.describe());
        second.close();
    }

    @Test
    void aHostFileOfTheWrongSizeIsRefused(@TempDir Path tmp) throws Exception {
        Path file = tmp.resolve("eeprom.bin");
        Files.write(file, new byte[100]);
        assertThrows(java.io.IOException.class, () -> At24.persisted(At24Chip.C02, 0x50, file));
    }

    @Test
    void chipParsing() {
        assertEquals(At24Chip.C02, At24Chip.parse("256"));
        assertEquals(At24Chip.C256, At24Chip.parse("32k"));
        assertEquals(At24Chip.C512, At24Chip.parse("24C512"));
        assertEquals(At24Chip.C04, At24Chip.parse("at24c04"));
        assertEquals(2, At24Chip.C04.addressSpan());
        assertEquals(2, At24Chip.C32.addressBytes());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> At24Chip.parse("300"));
        assertTrue(e.getMessage().contains("128, 256, 512"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> At24Chip.parse("24c03"));
        assertThrows(IllegalArgumentException.class, () -> At24Chip.parse("big"));
    }
}
