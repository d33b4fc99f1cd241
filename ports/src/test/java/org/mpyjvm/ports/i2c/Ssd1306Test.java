package org.mpyjvm.ports.i2c;

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

class Ssd1306Test {
    private final I2cBus bus = new I2cBus("I2C0", NackErrno.ENODEV);
    private final I2cController i2c = I2cController.open(bus, null, List.of(), 400_000, 255, false);

    /** A MONO_VLSB frame buffer as the drivers keep one: byte (y / 8) * width + x, bit y % 8. */
    private static final class FrameBuffer {
        final int width;
        final int height;
        final byte[] buf;

        FrameBuffer(int width, int height) {
            this.width = width;
            this.height = height;
            this.buf = new byte[width * height / 8];
        }

        void pixel(int x, int y) {
            buf[(y / 8) * width + x] |= (byte) (1 << (y % 8));
        }

        /** A 3x5 "H" with its top-left corner at (x, y). */
        void letterH(int x, int y) {
            for (int dy = 0; dy < 5; dy++) {
                pixel(x, y + dy);
                pixel(x + 2, y + dy);
            }
            pixel(x + 1, y + 2);
        }
    }

    private Ssd1306 attach(int height) {
        Ssd1306 d = new Ssd1306(0x3C, height);
        bus.attach(d);
        return d;
    }

    /** MicroPython's {@code SSD1306_I2C.write_cmd}: one {@code 0x80, cmd} transfer per byte. */
    private void cmd(int... bytes) {
        for (int b : bytes) {
            i2c.writeTo(0x3C, new byte[] {(byte) 0x80, (byte) b});
        }
    }

    /** {@code init_display()} as MicroPython's driver sends it (Adafruit's is the same without 0xAD). */
    private void initDisplay(int height) {
        cmd(0xAE, 0x20, 0x00, 0x40, 0xA1, 0xA8, height - 1, 0xC8, 0xD3, 0x00, 0xDA, height == 32 ? 0x02 : 0x12,
                0xD5, 0x80, 0xD9, 0xF1, 0xDB, 0x30, 0x81, 0xFF, 0xA4, 0xA6, 0xAD, 0x30, 0x8D, 0x14, 0xAF);
    }

    /** {@code show()}: column and page window, then the whole buffer in one {@code 0x40}-prefixed transfer. */
    private void show(FrameBuffer fb) {
        cmd(0x21, 0, 127, 0x22, 0, fb.height / 8 - 1);
        byte[] out = new byte[fb.buf.length + 1];
        out[0] = 0x40;
        System.arraycopy(fb.buf, 0, out, 1, fb.buf.length);
        i2c.writeTo(0x3C, out);
    }

    @Test
    void micropythonDriverInitFillAndTextPixels() {
        Ssd1306 d = attach(64);
        assertFalse(d.isLit(), "dark at power-on");
        initDisplay(64);
        FrameBuffer fb = new FrameBuffer(128, 64);
        show(fb); // fill(0) + show() at the end of init_display
        assertTrue(d.isLit());
        assertEquals(0xFF, d.contrast());
        assertEquals(Ssd1306.AddressingMode.HORIZONTAL, d.addressingMode());
        assertEquals(64, d.multiplexRatio());
        assertEquals(0, d.bitmap().litCount());

        fb.letterH(0, 0);
        fb.letterH(60, 6); // rows 6..10 straddle pages 0 and 1
        fb.pixel(127, 63);
        show(fb);
        String[] rows = d.bitmap().toText('#', ' ').split("\n");
        assertEquals(64, rows.length);
        assertEquals("# #", rows[0].substring(0, 3));
        assertEquals("###", rows[2].substring(0, 3));
        assertEquals("# #", rows[4].substring(0, 3));
        assertEquals("   ", rows[5].substring(0, 3));
        assertEquals("###", rows[8].substring(60, 63));
        assertEquals("# #", rows[10].substring(60, 63));
        assertEquals('#', rows[63].charAt(127));
        assertEquals(11 * 2 + 1, d.bitmap().litCount());
        assertArrayEquals(fb.buf, d.ram());
    }

    @Test
    void adafruit128x32WritesFourPages() {
        Ssd1306 d = attach(32);
        cmd(0xAE, 0x20, 0x00, 0x40, 0xA1, 0xA8, 31, 0xC8, 0xD3, 0x00, 0xDA, 0x02, 0xD5, 0x80, 0xD9, 0xF1,
                0xDB, 0x30, 0x81, 0xFF, 0xA4, 0xA6, 0x8D, 0x14, 0xAF);
        FrameBuffer fb = new FrameBuffer(128, 32);
        for (int x = 0; x < 128; x++) {
            fb.pixel(x, 31);
        }
        show(fb);
        MonoBitmap bm = d.bitmap();
        assertEquals(32, bm.height());
        assertEquals(128, bm.litCount());
        assertTrue(bm.get(64, 31));
        assertEquals(0x02, d.comPinsConfiguration());
        String half = d.renderText();
        assertEquals(16, half.split("\n").length);
        assertEquals("\u2584".repeat(128), half.split("\n")[15]);
    }

    @Test
    void commandStreamWithArgumentsAndDataAcrossControlBytes() {
        Ssd1306 d = attach(64);
        // One transfer, Co = 0 command stream: display on, charge pump on, vertical mode, window 2..3 x 0..1.
        i2c.writeTo(0x3C, new byte[] {0x00, (byte) 0xAF, (byte) 0x8D, 0x14, 0x20, 0x01, 0x21, 2, 3, 0x22, 0, 1,
                (byte) 0xA1, (byte) 0xC8});
        assertEquals(Ssd1306.AddressingMode.VERTICAL, d.addressingMode());
        // Co = 1 data bytes, each behind its own control byte, then a Co = 0 data run: vertical order.
        i2c.writeTo(0x3C, new byte[] {(byte) 0xC0, 1, (byte) 0xC0, 2, 0x40, 3, 4, 5});
        // Order: (page 0, col 2), (1, 2), (0, 3), (1, 3), then the window wraps to (0, 2) and overwrites it.
        byte[] ram = d.ram();
        assertEquals(2, ram[128 + 2]);
        assertEquals(3, ram[3]);
        assertEquals(4, ram[128 + 3]);
        assertEquals(5, ram[2]);
        assertEquals(0, ram[4]);
    }

    @Test
    void argumentsMaySpanTransfers() {
        Ssd1306 d = attach(64);
        i2c.writeTo(0x3C, new byte[] {(byte) 0x80, (byte) 0x81});
        assertEquals(0x7F, d.contrast(), "contrast waits for its argument");
        i2c.writeTo(0x3C, new byte[] {(byte) 0x80, 0x10});
        assertEquals(0x10, d.contrast());
    }

    @Test
    void pageAddressingModeWrapsWithinThePage() {
        Ssd1306 d = attach(64);
        // Reset state is page mode: page 3, column 0x7E (low nibble E, high nibble 7).
        i2c.writeTo(0x3C, new byte[] {0x00, (byte) 0xB3, 0x0E, 0x17});
        i2c.writeTo(0x3C, new byte[] {0x40, 9, 8, 7});
        // 9 lands at 0x7E, 8 at 0x7F; the column then wraps to the page-mode start (0x7E), not to page 4.
        byte[] ram = d.ram();
        assertEquals(8, ram[3 * 128 + 0x7F]);
        assertEquals(7, ram[3 * 128 + 0x7E]);
        assertEquals(0, ram[4 * 128]);
        assertEquals(0, ram[3 * 128]);
    }

    @Test
    void invertRotateEntireOnAndPowerOff() {
        Ssd1306 d = attach(64);
        initDisplay(64);
        FrameBuffer fb = new FrameBuffer(128, 64);
        fb.pixel(0, 0);
        show(fb);
        assertTrue(d.bitmap().get(0, 0));
        cmd(0xA7); // invert(1)
        assertEquals(128 * 64 - 1, d.bitmap().litCount());
        cmd(0xA6, 0xC0, 0xA0); // rotate(0): 180 degrees
        assertTrue(d.bitmap().get(127, 63));
        assertFalse(d.bitmap().get(0, 0));
        cmd(0xA5);
        assertEquals(128 * 64, d.bitmap().litCount());
        cmd(0xA4, 0xAE); // poweroff()
        assertEquals(0, d.bitmap().litCount());
        byte[] status = new byte[1];
        i2c.readFrom(0x3C, status);
        assertEquals(0x40, status[0]);
        assertEquals(1, d.ramBitmap().litCount(), "RAM survives power-off");
    }

    @Test
    void chargePumpOffKeepsThePanelDark() {
        Ssd1306 d = attach(64);
        cmd(0xAF);
        assertTrue(d.isDisplayOn());
        assertFalse(d.isLit());
        assertTrue(d.describe().contains("charge pump off"), d.describe());
    }

    @Test
    void pngExportShowsThePanel(@TempDir Path tmp) throws Exception {
        Ssd1306 d = attach(32);
        initDisplay(32);
        FrameBuffer fb = new FrameBuffer(128, 32);
        fb.letterH(10, 10);
        show(fb);
        Path png = tmp.resolve("oled.png");
        d.bitmap().writePng(png, 2);
        byte[] bytes = Files.readAllBytes(png);
        assertEquals((byte) 0x89, bytes[0]);
        assertEquals('P', bytes[1]);
        MonoBitmap back = MonoBitmap.fromPng(bytes, 2);
        assertEquals(128, back.width());
        assertEquals(32, back.height());
        assertEquals(d.bitmap().toText(), back.toText());
        assertTrue(back.get(11, 12));
    }

    @Test
    void onlyPanelHeightsOfTheModulesExist() {
        assertThrows(IllegalArgumentException.class, () -> new Ssd1306(0x3C, 48));
    }
}
