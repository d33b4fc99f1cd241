package org.mpyjvm.ports.board;

/**
 * A named partition: a Zephyr fixed partition ({@code id} = devicetree ordinal), an ESP-IDF partition table row
 * ({@code type}/{@code subtype}), or a named item inside a reserved range (Spark keys). {@code id} is -1 when the
 * area has none; {@code type}/{@code subtype} are -1 outside ESP32.
 */
public record FlashArea(int id, String label, String medium, long offset, long size, boolean readOnly, int type,
                        int subtype) {
    public long end() {
        return offset + size;
    }
}
