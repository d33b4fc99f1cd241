package org.mpyjvm.ports.i2c;

/**
 * Solomon Systech SSD1306 OLED controller on I2C (default address 0x3C, 0x3D by jumper) driving a 128x64 or
 * 128x32 panel: the 128 x 64-bit display RAM (8 pages of 128 column bytes, bit 0 = top row of the page) plus the
 * command set that Adafruit's {@code adafruit_ssd1306} and MicroPython's {@code ssd1306} drivers send.
 *
 * <p>Every write transfer is a sequence of control bytes: {@code Co} (bit 7) = 1 means one byte follows and
 * then another control byte; {@code Co} = 0 means all remaining bytes follow. {@code D/C#} (bit 6) says whether
 * they are display data (0x40) or commands (0x00, 0x80). A command's arguments are command bytes too and may
 * arrive in later transfers (the Adafruit driver sends every byte as its own {@code 0x80, byte} transfer), so the
 * parser state survives between transfers.
 *
 * <p>Commands: 0x81 contrast, 0xA4/0xA5 RAM/entire display on, 0xA6/0xA7 normal/inverse, 0xAE/0xAF display
 * off/on, 0x20 addressing mode (0 horizontal, 1 vertical, 2 page), 0x21 column range and 0x22 page range
 * (horizontal/vertical modes), 0x00-0x0F/0x10-0x1F column and 0xB0-0xB7 page (page mode), 0x40-0x7F start line,
 * 0xA0/0xA1 segment remap, 0xA8 multiplex ratio, 0xC0/0xC8 COM scan direction, 0xD3 display offset, 0xDA COM
 * pins, 0xD5 clock, 0xD9 pre-charge, 0xDB VCOMH, 0x8D charge pump, 0xAD IREF (MicroPython sends it), 0xE3 NOP,
 * 0x26/0x27/0x29/0x2A/0xA3 scroll set-up and 0x2E/0x2F scroll stop/start (recorded, not animated). Reads return
 * the status byte (bit 6 set while the display is off).
 *
 * <p>The picture assumes the common module wiring the drivers are written for: with segment remap (0xA1) and
 * reversed COM scan (0xC8) RAM column x, row y appears at (x, y); 0xA0 mirrors horizontally, 0xC0 vertically.
 * The COM pin configuration is recorded but not applied. The panel is dark unless the display is on and the
 * charge pump is enabled (modules without an external supply need it).
 */
public final class Ssd1306 implements DisplayDevice {
    public static final int DEFAULT_ADDRESS = 0x3C;
    public static final int WIDTH = 128;
    private static final int RAM_PAGES = 8;
    private static final int RAM_ROWS = RAM_PAGES * 8;

    /** Memory addressing modes (command 0x20). */
    public enum AddressingMode { HORIZONTAL, VERTICAL, PAGE }

    private final int address;
    private final int height;
    private final byte[] ram = new byte[WIDTH * RAM_PAGES];

    /** The command being assembled: its bytes so far and how many it needs in all. */
    private final int[] command = new int[8];
    private int commandLength;
    private int commandNeeds;

    private AddressingMode mode = AddressingMode.PAGE;
    private int columnStart;
    private int columnEnd = WIDTH - 1;
    private int pageStart;
    private int pageEnd = RAM_PAGES - 1;
    private int pageModeColumnStart;
    private int column;
    private int page;

    private boolean displayOn;
    private int contrast = 0x7F;
    private boolean inverted;
    private boolean entireOn;
    private int startLine;
    private boolean segmentRemap;
    private boolean comReversed;
    private int multiplex = RAM_ROWS - 1;
    private int displayOffset;
    private int comPins = 0x12;
    private int clockDivide = 0x80;
    private int precharge = 0x22;
    private int vcomDeselect = 0x20;
    private boolean chargePump;
    private int iref;
    private boolean scrolling;

    /** @param height 64 or 32 (the panel's rows; the controller always has 64 rows of RAM) */
    public Ssd1306(int address, int height) {
        if (height != 64 && height != 32) {
            throw new IllegalArgumentException("ssd1306 panels here are 128x64 or 128x32, not 128x" + height);
        }
        this.address = address;
        this.height = height;
    }

    @Override
    public String kind() {
        return "ssd1306";
    }

    @Override
    public int address() {
        return address;
    }

    public int height() {
        return height;
    }

    @Override
    public synchronized void onWrite(int address, byte[] data) {
        int i = 0;
        while (i < data.length) {
            int control = data[i++] & 0xFF;
            boolean isData = (control & 0x40) != 0;
            if ((control & 0x80) != 0) {
                if (i < data.length) {
                    accept(isData, data[i++] & 0xFF);
                }
            } else {
                while (i < data.length) {
                    accept(isData, data[i++] & 0xFF);
                }
            }
        }
    }

    /** Status byte: bit 6 = display off. */
    @Override
    public synchronized byte[] onRead(int address, int length) {
        byte[] out = new byte[length];
        java.util.Arrays.fill(out, (byte) (displayOn ? 0x00 : 0x40));
        return out;
    }

    private void accept(boolean isData, int b) {
        if (isData) {
            writeData(b);
        } else {
            commandByte(b);
        }
    }

    private void writeData(int b) {
        ram[page * WIDTH + column] = (byte) b;
        switch (mode) {
            case HORIZONTAL:
                if (++column > columnEnd) {
                    column = columnStart;
                    if (++page > pageEnd) {
                        page = pageStart;
                    }
                }
                break;
            case VERTICAL:
                if (++page > pageEnd) {
                    page = pageStart;
                    if (++column > columnEnd) {
                        column = columnStart;
                    }
                }
                break;
            default:
                if (++column > WIDTH - 1) {
                    column = pageModeColumnStart;
                }
                break;
        }
    }

    private void commandByte(int b) {
        if (commandNeeds == 0) {
            commandNeeds = 1 + argumentCount(b);
            commandLength = 0;
        }
        command[commandLength++] = b;
        if (commandLength == commandNeeds) {
            commandNeeds = 0;
            execute();
        }
    }

    private static int argumentCount(int opcode) {
        switch (opcode) {
            case 0x81: case 0x20: case 0xA8: case 0xD3: case 0xDA: case 0xD5: case 0xD9: case 0xDB: case 0x8D:
            case 0xAD: case 0xD6:
                return 1;
            case 0x21: case 0x22: case 0xA3:
                return 2;
            case 0x29: case 0x2A:
                return 5;
            case 0x26: case 0x27: case 0x2C: case 0x2D:
                return 6;
            default:
                return 0;
        }
    }

    private void execute() {
        int op = command[0];
        int a = commandLength > 1 ? command[1] : 0;
        int b = commandLength > 2 ? command[2] : 0;
        if (op <= 0x0F) {
            if (mode == AddressingMode.PAGE) {
                pageModeColumnStart = (pageModeColumnStart & 0xF0) | op;
                column = pageModeColumnStart;
            }
        } else if (op <= 0x1F) {
            if (mode == AddressingMode.PAGE) {
                pageModeColumnStart = ((op & 0x07) << 4) | (pageModeColumnStart & 0x0F);
                column = pageModeColumnStart;
            }
        } else if (op >= 0x40 && op <= 0x7F) {
            startLine = op & 0x3F;
        } else if (op >= 0xB0 && op <= 0xB7) {
            if (mode == AddressingMode.PAGE) {
                page = op & 0x07;
            }
        } else if (op >= 0xC0 && op <= 0xCF) {
            comReversed = (op & 0x08) != 0;
        } else {
            switch (op) {
                case 0x81: contrast = a; break;
                case 0x20: mode = (a & 0x03) == 0 ? AddressingMode.HORIZONTAL
                        : (a & 0x03) == 1 ? AddressingMode.VERTICAL : AddressingMode.PAGE; break;
                case 0x21:
                    columnStart = a & 0x7F;
                    columnEnd = b & 0x7F;
                    column = columnStart;
                    break;
                case 0x22:
                    pageStart = a & 0x07;
                    pageEnd = b & 0x07;
                    page = pageStart;
                    break;
                case 0xA0: case 0xA1: segmentRemap = op == 0xA1; break;
                case 0xA4: case 0xA5: entireOn = op == 0xA5; break;
                case 0xA6: case 0xA7: inverted = op == 0xA7; break;
                case 0xAE: case 0xAF: displayOn = op == 0xAF; break;
                case 0xA8: multiplex = Math.max(15, a & 0x3F); break;
                case 0xD3: displayOffset = a & 0x3F; break;
                case 0xDA: comPins = a; break;
                case 0xD5: clockDivide = a; break;
                case 0xD9: precharge = a; break;
                case 0xDB: vcomDeselect = a; break;
                case 0x8D: chargePump = (a & 0x04) != 0; break;
                case 0xAD: iref = a; break;
                case 0x2E: scrolling = false; break;
                case 0x2F: scrolling = true; break;
                default:
                    // scroll set-up, zoom, NOP and unknown opcodes change nothing the picture shows
                    break;
            }
        }
    }

    /** Whether the panel emits light at all: display on and the charge pump running. */
    public synchronized boolean isLit() {
        return displayOn && chargePump;
    }

    public synchronized boolean isDisplayOn() {
        return displayOn;
    }

    public synchronized int contrast() {
        return contrast;
    }

    public synchronized boolean isInverted() {
        return inverted;
    }

    public synchronized AddressingMode addressingMode() {
        return mode;
    }

    public synchronized int multiplexRatio() {
        return multiplex + 1;
    }

    public synchronized int comPinsConfiguration() {
        return comPins;
    }

    public synchronized boolean isScrolling() {
        return scrolling;
    }

    /** The 1024 bytes of display RAM, page by page. */
    public synchronized byte[] ram() {
        return ram.clone();
    }

    /** The whole 128x64 display RAM as pixels (column x, row y), ignoring every display setting. */
    public synchronized MonoBitmap ramBitmap() {
        MonoBitmap bm = new MonoBitmap(WIDTH, RAM_ROWS);
        for (int y = 0; y < RAM_ROWS; y++) {
            for (int x = 0; x < WIDTH; x++) {
                bm.set(x, y, ramPixel(x, y));
            }
        }
        return bm;
    }

    /** The panel as it looks: mapping, inversion, entire-on, multiplex and power applied. */
    @Override
    public synchronized MonoBitmap bitmap() {
        MonoBitmap bm = new MonoBitmap(WIDTH, height);
        if (!isLit()) {
            return bm;
        }
        int rows = Math.min(height, multiplex + 1);
        for (int y = 0; y < rows; y++) {
            int scan = comReversed ? y : multiplex - y;
            int line = (startLine + displayOffset + scan) % RAM_ROWS;
            for (int x = 0; x < WIDTH; x++) {
                int col = segmentRemap ? x : WIDTH - 1 - x;
                boolean lit = entireOn || ramPixel(col, line);
                bm.set(x, y, lit != inverted);
            }
        }
        return bm;
    }

    /** The panel in half blocks: 64 rows become 32 lines of 128 characters. */
    @Override
    public String renderText() {
        return bitmap().toHalfBlocks();
    }

    private boolean ramPixel(int x, int y) {
        return (ram[(y / 8) * WIDTH + x] >> (y % 8) & 1) != 0;
    }

    @Override
    public synchronized String describe() {
        return String.format("ssd1306 128x%d at 0x%02x: display %s%s, contrast %d, %s, %s addressing, %d pixels lit",
                height, address, displayOn ? "on" : "off", chargePump ? "" : " (charge pump off)", contrast,
                inverted ? "inverted" : "normal", mode.name().toLowerCase(java.util.Locale.ROOT),
                bitmap().litCount());
    }

    @Override
    public String toString() {
        return describe();
    }
}
