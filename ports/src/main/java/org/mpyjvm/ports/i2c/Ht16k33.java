package org.mpyjvm.ports.i2c;

/**
 * Holtek HT16K33 LED driver as on Adafruit's segment and matrix backpacks (default address 0x70, 0x71-0x77 by
 * jumpers). It keeps 16 bytes of display RAM, so what a program drew can be shown as text when the run ends.
 *
 * <p>Commands are the first byte of a write:
 * <ul>
 *   <li>{@code 0x00-0x0F}: display RAM pointer; the following bytes fill RAM from there, wrapping within 16;</li>
 *   <li>{@code 0x20|S}: system setup, S=1 starts the oscillator (0x21), S=0 is standby;</li>
 *   <li>{@code 0x80|B<<1|D}: display setup, D = display on, B = blink (0 off, 1 = 2 Hz, 2 = 1 Hz, 3 = 0.5 Hz);</li>
 *   <li>{@code 0xE0|P}: dimming, P = 0..15 (duty (P+1)/16);</li>
 *   <li>{@code 0x40-0x4F} key RAM pointer (reads give no key pressed), {@code 0x60} interrupt flag pointer (reads
 *       0), {@code 0xA0-0xAF} ROW/INT setup (kept, no effect).</li>
 * </ul>
 * Reads return bytes from the last pointer with auto-increment. Power-on state: RAM clear, standby, display off,
 * blink off, full brightness. Blinking is reported, not animated.
 */
public final class Ht16k33 implements DisplayDevice {
    public static final int DEFAULT_ADDRESS = 0x70;
    private static final int RAM_SIZE = 16;
    private static final int KEY_RAM_SIZE = 6;

    private enum Pointer { DISPLAY, KEYS, INT_FLAG }

    private final int address;
    private final Ht16k33Layout layout;
    private final byte[] ram = new byte[RAM_SIZE];
    private Pointer pointerKind = Pointer.DISPLAY;
    private int pointer;
    private boolean oscillatorOn;
    private boolean displayOn;
    private int blink;
    private int brightness = 15;
    private int rowIntSetting;

    public Ht16k33(int address, Ht16k33Layout layout) {
        this.address = address;
        this.layout = layout;
    }

    @Override
    public String kind() {
        return "ht16k33";
    }

    @Override
    public int address() {
        return address;
    }

    public Ht16k33Layout layout() {
        return layout;
    }

    @Override
    public synchronized void onWrite(int address, byte[] data) {
        if (data.length == 0) {
            return;
        }
        int cmd = data[0] & 0xFF;
        switch (cmd & 0xF0) {
            case 0x00:
                pointerKind = Pointer.DISPLAY;
                pointer = cmd & 0x0F;
                for (int i = 1; i < data.length; i++) {
                    ram[pointer] = data[i];
                    pointer = (pointer + 1) % RAM_SIZE;
                }
                break;
            case 0x20:
                oscillatorOn = (cmd & 0x01) != 0;
                break;
            case 0x40:
                pointerKind = Pointer.KEYS;
                pointer = cmd & 0x0F;
                break;
            case 0x60:
                pointerKind = Pointer.INT_FLAG;
                pointer = 0;
                break;
            case 0x80:
                displayOn = (cmd & 0x01) != 0;
                blink = (cmd >> 1) & 0x03;
                break;
            case 0xA0:
                rowIntSetting = cmd & 0x0F;
                break;
            case 0xE0:
                brightness = cmd & 0x0F;
                break;
            default:
                // Not a command of this chip: the real part ignores it.
                break;
        }
    }

    @Override
    public synchronized byte[] onRead(int address, int length) {
        byte[] out = new byte[length];
        for (int i = 0; i < length; i++) {
            if (pointerKind == Pointer.DISPLAY) {
                out[i] = ram[pointer];
                pointer = (pointer + 1) % RAM_SIZE;
            } else if (pointerKind == Pointer.KEYS) {
                out[i] = 0; // no key matrix is simulated: nothing pressed
                pointer = (pointer + 1) % KEY_RAM_SIZE;
            } else {
                out[i] = 0;
            }
        }
        return out;
    }

    public synchronized byte[] ram() {
        return ram.clone();
    }

    public synchronized boolean isOscillatorOn() {
        return oscillatorOn;
    }

    public synchronized boolean isDisplayOn() {
        return displayOn;
    }

    /** 0 = off, 1 = 2 Hz, 2 = 1 Hz, 3 = 0.5 Hz. */
    public synchronized int blinkRate() {
        return blink;
    }

    /** Dimming 0..15. */
    public synchronized int brightness() {
        return brightness;
    }

    public synchronized int rowIntSetting() {
        return rowIntSetting;
    }

    /** LEDs light only with the oscillator running and the display switched on. */
    public synchronized boolean isLit() {
        return oscillatorOn && displayOn;
    }

    /** What the display shows: the decoded RAM when lit, a dark display otherwise. */
    @Override
    public synchronized String renderText() {
        if (isLit()) {
            return ramText();
        }
        return layout.isSegments() ? " ".repeat(4) : darkBitmap().toText();
    }

    /**
     * The RAM decoded for the layout whether or not it is lit: {@code "12:34"} for a 7-segment clock (the colon
     * appears only when lit, a decimal point follows its digit), four characters for the alphanumeric display,
     * {@code '#'}/{@code '.'} rows for matrices.
     */
    public synchronized String ramText() {
        switch (layout) {
            case SEG7:
                return seg7Text();
            case SEG14:
                return seg14Text();
            default:
                return ramBitmap().toText();
        }
    }

    private String seg7Text() {
        StringBuilder sb = new StringBuilder();
        int[] digitBytes = {0, 2, 6, 8};
        for (int i = 0; i < digitBytes.length; i++) {
            if (i == 2 && (ram[4] & 0x02) != 0) {
                sb.append(':');
            }
            int b = ram[digitBytes[i]] & 0xFF;
            sb.append(SegmentFont.decode7(b));
            if ((b & SegmentFont.SEG7_DOT) != 0) {
                sb.append('.');
            }
        }
        return sb.toString();
    }

    private String seg14Text() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            int pattern = (ram[2 * i] & 0xFF) | (ram[2 * i + 1] & 0xFF) << 8;
            sb.append(SegmentFont.decode14(pattern));
            if ((pattern & SegmentFont.SEG14_DOT) != 0) {
                sb.append('.');
            }
        }
        return sb.toString();
    }

    /** The picture shown: dark unless lit. Segment layouts show the raw 16x8 LED grid. */
    @Override
    public synchronized MonoBitmap bitmap() {
        return isLit() ? ramBitmap() : darkBitmap();
    }

    /** The RAM as the layout's picture regardless of the on/off state. */
    public synchronized MonoBitmap ramBitmap() {
        switch (layout) {
            case MATRIX8X8: {
                MonoBitmap bm = new MonoBitmap(8, 8);
                for (int y = 0; y < 8; y++) {
                    for (int x = 0; x < 8; x++) {
                        bm.set(x, y, led((x + 7) % 8, y));
                    }
                }
                return bm;
            }
            case MATRIX16X8: {
                MonoBitmap bm = new MonoBitmap(16, 8);
                for (int y = 0; y < 8; y++) {
                    for (int x = 0; x < 16; x++) {
                        bm.set(x, y, x < 8 ? led(y, x) : led(y + 8, x - 8));
                    }
                }
                return bm;
            }
            default: {
                MonoBitmap bm = new MonoBitmap(16, 8);
                for (int y = 0; y < 8; y++) {
                    for (int x = 0; x < 16; x++) {
                        bm.set(x, y, led(x, y));
                    }
                }
                return bm;
            }
        }
    }

    private MonoBitmap darkBitmap() {
        return layout == Ht16k33Layout.MATRIX8X8 ? new MonoBitmap(8, 8) : new MonoBitmap(16, 8);
    }

    /** The LED on output ROW {@code column} (0..15) and COM {@code row} (0..7). */
    private boolean led(int column, int row) {
        return (ram[2 * row + column / 8] >> (column % 8) & 1) != 0;
    }

    @Override
    public synchronized String describe() {
        String[] blinks = {"off", "2 Hz", "1 Hz", "0.5 Hz"};
        return String.format("ht16k33 at 0x%02x (%s): oscillator %s, display %s, blink %s, brightness %d/15: %s",
                address, layout.optionName(), oscillatorOn ? "on" : "off", displayOn ? "on" : "off", blinks[blink],
                brightness, layout.isSegments() ? "\"" + ramText() + "\"" : "RAM " + hex(ram));
    }

    private static String hex(byte[] bytes) {
        StringBuilder sb = new StringBuilder();
        for (byte b : bytes) {
            sb.append(String.format("%02x", b & 0xFF));
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return describe();
    }
}
