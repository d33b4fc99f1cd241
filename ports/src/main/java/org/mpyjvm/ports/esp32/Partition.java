package org.mpyjvm.ports.esp32;

/** One row of an ESP-IDF partition table; {@code type} 0 = app, 1 = data. */
public record Partition(String name, int type, int subtype, long offset, long size, String flags) {
    public static final int TYPE_APP = 0;
    public static final int TYPE_DATA = 1;
    /** The subtype MicroPython's ROMFS CSV uses; the port finds the partition by its label, not by this. */
    public static final int SUBTYPE_ROMFS = 0x8f;
}
