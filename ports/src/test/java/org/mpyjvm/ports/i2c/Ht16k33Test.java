package org.mpyjvm.ports.i2c;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class Ht16k33Test {
    private final I2cBus bus = new I2cBus("I2C0", NackErrno.ENODEV);
    private final I2cController i2c = I2cController.open(bus, null, List.of(), 100_000, 255, false);

    private Ht16k33 attach(Ht16k33Layout layout) {
        Ht16k33 d = new Ht16k33(0x70, layout);
        bus.attach(d);
        return d;
    }

    /** What {@code HT16K33.__init__} sends: fill(0) + show, oscillator on, blink_rate = 0, brightness = 1.0. */
    private void driverInit() {
        i2c.writeTo(0x70, show(new int[16]));
        i2c.writeTo(0x70, new byte[] {0x21});
        i2c.writeTo(0x70, new byte[] {(byte) 0x81});
        i2c.writeTo(0x70, new byte[] {(byte) 0xEF});
    }

    /** {@code show()}: the 17-byte buffer, register address 0 first. */
    private static byte[] show(int[] ram) {
        byte[] out = new byte[17];
        for (int i = 0; i < 16; i++) {
            out[i + 1] = (byte) ram[i];
        }
        return out;
    }

    @Test
    void segmentClockPrints1234WithColon() {
        Ht16k33 d = attach(Ht16k33Layout.SEG7);
        driverInit();
        assertTrue(d.isLit());
        assertEquals(15, d.brightness());
        assertEquals(0, d.blinkRate());
        // Seg7x4.print("12:34"): digits at buffer positions 0, 2, 6, 8, colon bit 0x02 at position 4.
        i2c.writeTo(0x70, show(new int[] {0x06, 0, 0x5B, 0, 0x02, 0, 0x4F, 0, 0x66, 0, 0, 0, 0, 0, 0, 0}));
        assertEquals("12:34", d.renderText());
    }

    @Test
    void segmentDecimalPointsBlanksAndHexDigits() {
        Ht16k33 d = attach(Ht16k33Layout.SEG7);
        driverInit();
        // print(" 3.14") shape: blank, 3 with its point, 1, 4; then hex "bEEF" without colon.
        i2c.writeTo(0x70, show(new int[] {0x00, 0, 0x4F | 0x80, 0, 0, 0, 0x06, 0, 0x66, 0, 0, 0, 0, 0, 0, 0}));
        assertEquals(" 3.14", d.renderText());
        i2c.writeTo(0x70, show(new int[] {0x7C, 0, 0x79, 0, 0, 0, 0x79, 0, 0x71, 0, 0, 0, 0, 0, 0, 0}));
        assertEquals("bEEF", d.renderText());
        i2c.writeTo(0x70, show(new int[] {0x01, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}));
        assertEquals("?   ", d.renderText(), "a lone top segment is no character");
    }

    @Test
    void alphanumericDisplayDecodesFourteenSegments() {
        Ht16k33 d = attach(Ht16k33Layout.SEG14);
        driverInit();
        // Seg14x4.print("Hi.42"): H, i with its point (bit 14 of the pair), 4, 2; pairs are low byte first.
        i2c.writeTo(0x70, show(new int[] {0xF6, 0x00, 0x00, 0x10 | 0x40, 0xE6, 0x00, 0xDB, 0x00,
                0, 0, 0, 0, 0, 0, 0, 0}));
        assertEquals("Hi.42", d.renderText());
        i2c.writeTo(0x70, show(new int[] {0x39, 0x00, 0x00, 0x12, 0x3F, 0x0C, 0x8F, 0x12,
                0, 0, 0, 0, 0, 0, 0, 0}));
        assertEquals("CI0B", d.renderText(), "shared patterns decode to letters and digits first");
    }

    @Test
    void standbyOrDisplayOffShowsNothing() {
        Ht16k33 d = attach(Ht16k33Layout.SEG7);
        i2c.writeTo(0x70, show(new int[] {0x06, 0, 0x06, 0, 0, 0, 0x06, 0, 0x06, 0, 0, 0, 0, 0, 0, 0}));
        assertFalse(d.isLit(), "power-on state is standby");
        assertEquals("    ", d.renderText());
        assertEquals("1111", d.ramText());
        i2c.writeTo(0x70, new byte[] {0x21});
        i2c.writeTo(0x70, new byte[] {(byte) 0x80});
        assertFalse(d.isLit());
        i2c.writeTo(0x70, new byte[] {(byte) 0x85});
        assertEquals("1111", d.renderText());
        assertEquals(2, d.blinkRate());
        assertEquals(0, d.bitmap().width() - 16);
    }

    @Test
    void matrix8x8FollowsTheDriversColumnRotation() {
        Ht16k33 d = attach(Ht16k33Layout.MATRIX8X8);
        driverInit();
        // Matrix8x8.pixel(0, 0) sets raw column 7 (byte 0 bit 7); pixel(7, 7) raw column 6 of row 7 (byte 14).
        int[] ram = new int[16];
        ram[0] = 0x80;
        ram[14] = 0x40;
        i2c.writeTo(0x70, show(ram));
        String[] rows = d.renderText().split("\n");
        assertEquals(8, rows.length);
        assertEquals("#.......", rows[0]);
        assertEquals("........", rows[3]);
        assertEquals(".......#", rows[7]);
    }

    @Test
    void matrix16x8FeatherWingSwapsAxes() {
        Ht16k33 d = attach(Ht16k33Layout.MATRIX16X8);
        driverInit();
        // Matrix16x8.pixel(0, 0) -> raw (0, 0); pixel(15, 7) -> raw column 15, row 7 (byte 15 bit 7);
        // pixel(1, 0) -> raw column 0, row 1 (byte 2 bit 0).
        int[] ram = new int[16];
        ram[0] = 0x01;
        ram[15] = 0x80;
        ram[2] = 0x01;
        i2c.writeTo(0x70, show(ram));
        MonoBitmap bm = d.bitmap();
        assertTrue(bm.get(0, 0));
        assertTrue(bm.get(15, 7));
        assertTrue(bm.get(1, 0));
        assertEquals(3, bm.litCount());
    }

    @Test
    void ramPointerWrapsAndReadsBack() {
        Ht16k33 d = attach(Ht16k33Layout.RAW);
        i2c.writeTo(0x70, new byte[] {0x0F, 1, 2, 3});
        byte[] ram = d.ram();
        assertEquals(1, ram[15]);
        assertEquals(2, ram[0]);
        assertEquals(3, ram[1]);
        byte[] back = new byte[3];
        i2c.writeThenRead(0x70, new byte[] {0x0F}, back);
        assertArrayEquals(new byte[] {1, 2, 3}, back);
        byte[] keys = new byte[6];
        i2c.writeThenRead(0x70, new byte[] {0x40}, keys);
        assertArrayEquals(new byte[6], keys);
    }

    @Test
    void describeSummarisesState() {
        Ht16k33 d = attach(Ht16k33Layout.SEG7);
        driverInit();
        i2c.writeTo(0x70, new byte[] {(byte) 0xE7});
        assertEquals("ht16k33 at 0x70 (seg7): oscillator on, display on, blink off, brightness 7/15: \"    \"",
                d.describe());
    }
}
