package org.mpyjvm.ports.board;

/** An SD card slot; {@code api} names the Python object ({@code zephyr.DiskAccess('SDHC')}, {@code machine.SDCard(1)}). */
public record SdSlot(int slot, String medium, String api) {
}
