package org.mpyjvm.ports.i2c;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class I2cDeviceSpecTest {
    private static String errorOf(String text) {
        return assertThrows(I2cSpecException.class, () -> I2cDeviceSpec.parse(text)).getMessage();
    }

    @Test
    void theBriefsExamples() {
        I2cDeviceSpec oled = I2cDeviceSpec.parse("0x3c=ssd1306");
        assertEquals(0x3C, oled.address());
        assertEquals("ssd1306", oled.kind());
        assertEquals(64, oled.ssd1306Height());

        I2cDeviceSpec leds = I2cDeviceSpec.parse("0x70=ht16k33");
        assertEquals(Ht16k33Layout.SEG7, leds.ht16k33Layout());

        I2cDeviceSpec eeprom = I2cDeviceSpec.parse("0x50=at24:size=256");
        assertEquals(At24Chip.C02, eeprom.at24Chip());

        I2cDeviceSpec sensor = I2cDeviceSpec.parse("0x48=regmap:sensors/tmp102.regmap");
        assertEquals(Optional.of(Path.of("sensors/tmp102.regmap")), sensor.file());
    }

    @Test
    void bareMainOptionsDecimalAddressesAndCase() {
        assertEquals(Ht16k33Layout.SEG14, I2cDeviceSpec.parse("112=HT16K33:seg14").ht16k33Layout());
        I2cDeviceSpec oled = I2cDeviceSpec.parse("0X3D=ssd1306:128x32,png=out/oled.png");
        assertEquals(0x3D, oled.address());
        assertEquals(32, oled.ssd1306Height());
        assertEquals(Optional.of(Path.of("out/oled.png")), oled.pngOutput());
        assertEquals(At24Chip.C256, I2cDeviceSpec.parse("0x50=at24").at24Chip());
        assertEquals(At24Chip.C512, I2cDeviceSpec.parse("0x50=at24:24c512,file=e.bin").at24Chip());
        assertEquals(Map.of("file", "a,b=c.regmap"), I2cDeviceSpec.parse("0x48=regmap:a,b=c.regmap").options());
        assertEquals("0x3d=ssd1306:size=128x32,png=out/oled.png", oled.toString());
    }

    @Test
    void oneLineErrorsThatSayWhatToDo() {
        assertEquals("--i2c 'ssd1306': expected ADDR=KIND, e.g. --i2c 0x3c=ssd1306", errorOf("ssd1306"));
        assertEquals("--i2c zz=ssd1306: 'zz' is not an address; write it as 0x3c or 60", errorOf("zz=ssd1306"));
        assertEquals("--i2c 0x78=ssd1306: address 0x78 is reserved by I2C (scan() never reports it); "
                + "use 0x08..0x77", errorOf("0x78=ssd1306"));
        assertEquals("--i2c 0x100=at24: address 0x100 is not a 7-bit address; use 0x08..0x77",
                errorOf("0x100=at24"));
        assertEquals("--i2c 0x3c=oled: unknown device 'oled'; kinds are ht16k33, ssd1306, at24, regmap",
                errorOf("0x3c=oled"));
        assertEquals("--i2c 0x3c=ssd1306:colour=blue: ssd1306 has no option 'colour'; options are size, png",
                errorOf("0x3c=ssd1306:colour=blue"));
        assertEquals("--i2c 0x70=ht16k33:display=seg9: unknown ht16k33 display 'seg9'; use one of seg7, seg14, "
                + "matrix8x8, matrix16x8, backpack16x8, raw", errorOf("0x70=ht16k33:display=seg9"));
        assertEquals("--i2c 0x3c=ssd1306:128x48: ssd1306 size is 128x64 or 128x32, not '128x48'",
                errorOf("0x3c=ssd1306:128x48"));
        assertTrue(errorOf("0x50=at24:size=300").startsWith("--i2c 0x50=at24:size=300: no AT24 part has 300 "
                + "bytes; sizes are 128, 256,"));
        assertEquals("--i2c 0x48=regmap: a regmap needs its definition file: --i2c ADDR=regmap:FILE",
                errorOf("0x48=regmap"));
        assertEquals("--i2c 0x50=at24:size=256,size=512: option 'size' is given twice",
                errorOf("0x50=at24:size=256,size=512"));
        assertEquals("--i2c 0x50=at24:256,512: option '512' needs a key; write KEY=VALUE with KEY one of size, "
                + "file", errorOf("0x50=at24:256,512"));
        assertEquals("--i2c 0x50=at24:file=: option 'file' needs a value", errorOf("0x50=at24:file="));
    }

    @Test
    void factoryBuildsEachKindAndPersistsEepromsInTheDeviceFolder(@TempDir Path tmp) throws Exception {
        Path regmap = tmp.resolve("who.regmap");
        Files.writeString(regmap, "0x0F = 0x33 ro\n");
        I2cBus bus = new I2cBus("I2C0", NackErrno.ENODEV);
        List<I2cDevice> devices = I2cDeviceFactory.attachAll(bus, List.of(
                I2cDeviceSpec.parse("0x70=ht16k33:matrix8x8"),
                I2cDeviceSpec.parse("0x3c=ssd1306:128x32"),
                I2cDeviceSpec.parse("0x50=at24:256"),
                I2cDeviceSpec.parse("0x18=regmap:" + regmap)), tmp);
        assertEquals(4, devices.size());
        assertEquals(List.of(0x18, 0x3C, 0x50, 0x70), bus.scan());
        assertInstanceOf(Ht16k33.class, devices.get(0));
        assertEquals(32, ((Ssd1306) devices.get(1)).height());
        assertEquals(256, Files.size(I2cDeviceFactory.eepromFile(tmp, 0x50)));
        byte[] who = new byte[1];
        bus.writeThenRead(0x18, new byte[] {0x0F}, who);
        assertArrayEquals(new byte[] {0x33}, who);
    }

    @Test
    void factoryErrorsAreOneLine(@TempDir Path tmp) throws Exception {
        Path missing = tmp.resolve("nope.regmap");
        String e = assertThrows(I2cSpecException.class,
                () -> I2cDeviceFactory.create(I2cDeviceSpec.parse("0x48=regmap:" + missing), null)).getMessage();
        assertEquals("--i2c 0x48=regmap:file=" + missing + ": no register map file " + missing
                + " (shipped maps: apds9960, fxos8700, hdc1010, mma7660, mma8652fc)", e);

        Path bad = tmp.resolve("bad.regmap");
        Files.writeString(bad, "0x0F = 0x333\n");
        assertEquals(bad + ":1: value 0x333 does not fit a 1-byte register", assertThrows(I2cSpecException.class,
                () -> I2cDeviceFactory.create(I2cDeviceSpec.parse("0x48=regmap:" + bad), null)).getMessage());

        Files.write(I2cDeviceFactory.eepromFile(tmp, 0x50), new byte[256]);
        String wrongSize = assertThrows(I2cSpecException.class,
                () -> I2cDeviceFactory.create(I2cDeviceSpec.parse("0x50=at24:512"), tmp)).getMessage();
        assertTrue(wrongSize.contains("give the matching size= or delete the file"), wrongSize);

        I2cBus bus = new I2cBus("I2C0", NackErrno.ENODEV);
        String clash = assertThrows(I2cSpecException.class, () -> I2cDeviceFactory.attachAll(bus, List.of(
                I2cDeviceSpec.parse("0x50=at24:24c16"), I2cDeviceSpec.parse("0x52=ht16k33")), null)).getMessage();
        assertEquals("--i2c 0x52=ht16k33: bus I2C0: address 0x52 is already taken by at24; give the ht16k33 "
                + "another address", clash);
    }

    @Test
    void shippedRegisterMapsForOnBoardSensors() {
        for (String name : RegisterMap.BUILTIN) {
            assertTrue(RegisterMap.builtin(name).isPresent(), name);
        }
        I2cBus bus = new I2cBus("i2c0", NackErrno.EIO);
        I2cDeviceFactory.attachAll(bus, List.of(I2cDeviceSpec.parse("0x1d=regmap:fxos8700"),
                I2cDeviceSpec.parse("0x43=regmap:hdc1010")), null);
        byte[] who = new byte[1];
        bus.writeThenRead(0x1D, new byte[] {0x0D}, who);
        assertEquals((byte) 0xC7, who[0]);
        byte[] maker = new byte[2];
        bus.writeThenRead(0x43, new byte[] {(byte) 0xFE}, maker);
        assertArrayEquals(new byte[] {0x54, 0x49}, maker);
        assertEquals(Optional.empty(), RegisterMap.builtin("nope"));
    }

    @Test
    void freshRunsKeepEepromsInMemory() {
        I2cDevice d = I2cDeviceFactory.create(I2cDeviceSpec.parse("0x50=at24"), null);
        assertTrue(d.describe().contains("in memory"), d.describe());
    }
}
