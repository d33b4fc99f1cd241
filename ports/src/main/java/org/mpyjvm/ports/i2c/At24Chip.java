package org.mpyjvm.ports.i2c;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The AT24Cxx serial EEPROM family (Microchip/Atmel datasheets; 24LCxx and CAT24Cxx parts behave alike): size,
 * page size and how the memory address is sent. Parts up to 2 KiB take one address byte, and those above
 * 256 bytes take the high address bits from the device address, so they answer several I2C addresses; parts from
 * 4 KiB take two address bytes.
 */
public enum At24Chip {
    C01(128, 8),
    C02(256, 8),
    C04(512, 16),
    C08(1024, 16),
    C16(2048, 16),
    C32(4096, 32),
    C64(8192, 32),
    C128(16384, 64),
    C256(32768, 64),
    C512(65536, 128);

    private final int size;
    private final int pageSize;

    At24Chip(int size, int pageSize) {
        this.size = size;
        this.pageSize = pageSize;
    }

    public int size() {
        return size;
    }

    /** Bytes one write cycle programs; a longer write wraps to the start of the page. */
    public int pageSize() {
        return pageSize;
    }

    /** 1 up to 24C16, 2 from 24C32. */
    public int addressBytes() {
        return size <= 2048 ? 1 : 2;
    }

    /** How many consecutive I2C addresses the part answers (24C04: 2, 24C08: 4, 24C16: 8). */
    public int addressSpan() {
        return addressBytes() == 1 ? Math.max(1, size / 256) : 1;
    }

    /** The part name as printed on the chip, e.g. {@code 24C256}. */
    public String partName() {
        return "24C" + name().substring(1);
    }

    /** The part with exactly {@code size} bytes. */
    public static At24Chip forSize(int size) {
        for (At24Chip c : values()) {
            if (c.size == size) {
                return c;
            }
        }
        throw new IllegalArgumentException("no AT24 part has " + size + " bytes; sizes are " + sizes());
    }

    /**
     * Parses a {@code size=} option: a byte count ({@code 256}, {@code 32768}), a count in KiB ({@code 32k}) or
     * a part name ({@code 24c256}, {@code at24c02}).
     */
    public static At24Chip parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        if (t.startsWith("at")) {
            t = t.substring(2);
        }
        if (t.startsWith("24c")) {
            String n = t.substring(3);
            for (At24Chip c : values()) {
                if (c.name().substring(1).equals(n)) {
                    return c;
                }
            }
            throw new IllegalArgumentException("unknown EEPROM part '" + text + "'; parts are 24C01..24C512");
        }
        int factor = 1;
        if (t.endsWith("k")) {
            factor = 1024;
            t = t.substring(0, t.length() - 1);
        }
        try {
            return forSize(Math.multiplyExact(Integer.parseInt(t), factor));
        } catch (NumberFormatException | ArithmeticException e) {
            throw new IllegalArgumentException("EEPROM size '" + text + "' is not a number of bytes; sizes are "
                    + sizes());
        }
    }

    static String sizes() {
        return Arrays.stream(values()).map(c -> Integer.toString(c.size)).collect(Collectors.joining(", "));
    }
}
