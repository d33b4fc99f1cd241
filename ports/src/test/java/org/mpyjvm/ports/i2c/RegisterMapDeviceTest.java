package org.mpyjvm.ports.i2c;

import static org.mpyjvm.ports.i2c.Wire.bytes;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegisterMapDeviceTest {
    private static final String LIS3DH = String.join("\n",
            "# LIS3DH accelerometer",
            "name lis3dh",
            "address 0x18",
            "auto-increment msb",
            "0x0F = 0x33 ro      # WHO_AM_I",
            "0x20 = 0x07",
            "0x28..0x2D = 0 ro   # OUT_X_L .. OUT_Z_H",
            "");

    private static final String TMP102 = String.join("\n",
            "name tmp102",
            "address 0x48",
            "register-bytes 2",
            "auto-increment off",
            "0x00 = 0x1900 ro    # 25.0 C",
            "0x01 = 0x60A0",
            "0x02 = 0x4B00",
            "0x03 = 0x5000");

    private final I2cBus bus = new I2cBus("I2C0", NackErrno.ENODEV);
    private final I2cController i2c = I2cController.open(bus, null, List.of(), 400_000, 255, false);

    @Test
    void whoAmIAndStStyleAutoIncrement() {
        RegisterMap map = RegisterMap.parse(LIS3DH, "lis3dh.regmap");
        assertEquals("lis3dh", map.name());
        assertEquals(0x18, map.defaultAddress());
        RegisterMapDevice d = new RegisterMapDevice(map, 0x18);
        bus.attach(d);
        assertArrayEquals(bytes(0x33), Wire.writeThenRead(i2c, 0x18, bytes(0x0F), 1));

        d.setValue(0x28, 0x11);
        d.setValue(0x29, 0x22);
        // Without the top bit the pointer stays on OUT_X_L; with it (0xA8) the read walks 0x28, 0x29, ...
        assertArrayEquals(bytes(0x11, 0x11), Wire.writeThenRead(i2c, 0x18, bytes(0x28), 2));
        assertArrayEquals(bytes(0x11, 0x22, 0x00), Wire.writeThenRead(i2c, 0x18, bytes(0xA8), 3));
        assertEquals(0x2B, d.pointer());
    }

    @Test
    void writesRespectReadOnlyAndUnlistedRegisters() {
        RegisterMapDevice d = new RegisterMapDevice(RegisterMap.parse(LIS3DH, "x"), 0x18);
        bus.attach(d);
        i2c.writeTo(0x18, bytes(0x20, 0x57));
        assertEquals(0x57, d.value(0x20));
        i2c.writeTo(0x18, bytes(0x0F, 0x00));
        assertEquals(0x33, d.value(0x0F), "WHO_AM_I is read-only");
        i2c.writeTo(0x18, bytes(0x40, 0x99));
        assertEquals(0, d.value(0x40), "unlisted registers ignore writes and read the unlisted value");
        i2c.writeTo(0x18, new byte[0]);
        assertEquals(0x40, d.pointer(), "a probe leaves the pointer");
    }

    @Test
    void sixteenBitRegistersWithoutAutoIncrement() {
        RegisterMapDevice d = new RegisterMapDevice(RegisterMap.parse(TMP102, "tmp102.regmap"), 0x49);
        bus.attach(d);
        assertEquals(List.of(0x49), i2c.scan(), "the --i2c address overrides the file's default");
        assertArrayEquals(bytes(0x19, 0x00, 0x19, 0x00), Wire.writeThenRead(i2c, 0x49, bytes(0x00), 4));
        i2c.writeTo(0x49, bytes(0x01, 0x61, 0xA0));
        assertEquals(0x61A0, d.value(0x01));
        byte[] again = new byte[2];
        i2c.readFrom(0x49, again);
        assertArrayEquals(bytes(0x61, 0xA0), again, "the pointer stays on the register last written");
    }

    @Test
    void littleEndianTwoBytePointers() {
        RegisterMap map = RegisterMap.parse(String.join("\n", "pointer-bytes 2", "register-bytes 2",
                "byte-order little", "0x1234 = 0xBEEF", "0x1235 = 0x0102"), "x");
        RegisterMapDevice d = new RegisterMapDevice(map, 0x40);
        bus.attach(d);
        assertArrayEquals(bytes(0xEF, 0xBE, 0x02, 0x01), Wire.writeThenRead(i2c, 0x40, bytes(0x12, 0x34), 4));
        assertEquals(65536, map.registerSpace());
    }

    @Test
    void autoIncrementWrapsAtTheEndOfTheRegisterSpace() {
        RegisterMap map = RegisterMap.parse("0xFF = 1\n0x00 = 2\nunlisted 0xEE\n", "x");
        RegisterMapDevice d = new RegisterMapDevice(map, 0x40);
        bus.attach(d);
        assertArrayEquals(bytes(1, 2, 0xEE), Wire.writeThenRead(i2c, 0x40, bytes(0xFF), 3));
    }

    @Test
    void loadsFromAFile(@TempDir Path tmp) throws Exception {
        Path f = tmp.resolve("tmp102.regmap");
        Files.writeString(f, TMP102);
        RegisterMap map = RegisterMap.load(f);
        assertEquals(4, map.registers().size());
        assertTrue(map.registers().get(0).readOnly());
        assertFalse(map.registers().get(1).readOnly());
    }

    private static String errorOf(String text) {
        return assertThrows(RegisterMap.FormatException.class, () -> RegisterMap.parse(text, "s.regmap"))
                .getMessage();
    }

    @Test
    void errorsNameTheLineAndSayWhatToWrite() {
        assertEquals("s.regmap:2: unknown setting 'colour'; settings are name, address, register-bytes, "
                + "pointer-bytes, byte-order, auto-increment, unlisted", errorOf("0x0F = 1\ncolour red"));
        assertEquals("s.regmap:1: value 0x100 does not fit a 1-byte register", errorOf("0x0F = 0x100"));
        assertEquals("s.regmap:2: register 0x10 is already defined on line 1", errorOf("0x0F..0x10 = 0\n0x10 = 1"));
        assertEquals("s.regmap:1: value 'zz' is not a number (write 42, 0x2A or 0b101010)", errorOf("1 = zz"));
        assertEquals("s.regmap:1: access is 'ro' or 'rw', not 'wo'", errorOf("1 = 2 wo"));
        assertEquals("s.regmap:2: 'address' is set twice", errorOf("address 0x10\naddress 0x11\n1 = 1"));
        assertEquals("s.regmap:1: address 0x80 is out of range 0..0x7f", errorOf("address 0x80\n1 = 1"));
        assertEquals("s.regmap:2: register 0x80 does not fit 1-byte pointers with auto-increment msb",
                errorOf("auto-increment msb\n0x80 = 1"));
        assertEquals("s.regmap:1: range 0x10..0x0F runs backwards", errorOf("0x10..0x0F = 1"));
        assertEquals("s.regmap: no registers defined; add lines such as '0x0F = 0x33 ro'",
                errorOf("# nothing\n"));
        assertEquals("s.regmap:1: expected 'KEY VALUE' or 'REG = VALUE', not 'name a b'", errorOf("name a b"));
        assertEquals("s.regmap:1: register-bytes must be 1, 2, 3 or 4", errorOf("register-bytes 0\n1 = 1"));
    }

    @Test
    void setValueRefusesUndefinedRegistersAndOversizedValues() {
        RegisterMapDevice d = new RegisterMapDevice(RegisterMap.parse(LIS3DH, "x"), 0x18);
        assertThrows(IllegalArgumentException.class, () -> d.setValue(0x50, 1));
        assertThrows(IllegalArgumentException.class, () -> d.setValue(0x28, 0x100));
    }
}
