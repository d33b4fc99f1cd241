package org.mpyjvm.ports.i2c;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What is wired to an HT16K33's outputs, which decides how its 16 bytes of display RAM read as a picture. The
 * chip cannot tell; the user says so with {@code --i2c 0x70=ht16k33:display=seg14}. The mappings follow
 * Adafruit's backpacks and their {@code adafruit_ht16k33} driver classes.
 */
public enum Ht16k33Layout {
    /** 4-digit 7-segment backpack ({@code Seg7x4}): digits in RAM bytes 0, 2, 6, 8; colon = byte 4 bit 1. */
    SEG7("seg7"),
    /** 4-character 14-segment alphanumeric backpack ({@code Seg14x4}): character i in bytes 2i, 2i+1. */
    SEG14("seg14"),
    /** 8x8 matrix backpack ({@code Matrix8x8}): row y = byte 2y; column x = bit (x + 7) mod 8. */
    MATRIX8X8("matrix8x8"),
    /** 16x8 matrix FeatherWing ({@code Matrix16x8}): columns and rows swapped on the chip's grid. */
    MATRIX16X8("matrix16x8"),
    /** 16x8 matrix backpack ({@code MatrixBackpack16x8}): the chip's grid as it is. */
    BACKPACK16X8("backpack16x8"),
    /** The raw 16 x 8 LED grid: row r = COM r, column c = ROW c (byte 2r + c / 8, bit c mod 8). */
    RAW("raw");

    private final String optionName;

    Ht16k33Layout(String optionName) {
        this.optionName = optionName;
    }

    public String optionName() {
        return optionName;
    }

    public boolean isSegments() {
        return this == SEG7 || this == SEG14;
    }

    /** Parses the {@code display=} option value. */
    public static Ht16k33Layout fromOption(String value) {
        for (Ht16k33Layout l : values()) {
            if (l.optionName.equals(value.toLowerCase(Locale.ROOT))) {
                return l;
            }
        }
        throw new IllegalArgumentException("unknown ht16k33 display '" + value + "'; use one of " + choices());
    }

    public static String choices() {
        return Arrays.stream(values()).map(Ht16k33Layout::optionName).collect(Collectors.joining(", "));
    }
}
