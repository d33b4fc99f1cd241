package org.mpyjvm.ports.i2c;

/**
 * A peripheral on a simulated I2C bus, seen at the level of whole transfers: the bus has already matched the
 * address byte, so a device only sees the bytes that follow it. This is where a real part's state machine lives
 * (register pointer, command parser, page buffer).
 *
 * <p>Order of calls for the controller's usual shapes:
 * <ul>
 *   <li>{@code writeto(addr, buf)}: {@link #onWrite} then {@link #onStop};</li>
 *   <li>{@code readfrom_into(addr, buf)}: {@link #onRead} then {@link #onStop};</li>
 *   <li>{@code writeto_then_readfrom}: {@link #onWrite}, then (repeated start) {@link #onRead}, then {@link #onStop};</li>
 *   <li>a probe or scan: {@link #onWrite} with no bytes, then {@link #onStop}.</li>
 * </ul>
 */
public interface I2cDevice {
    /** The kind as {@code --i2c ADDR=KIND} names it: {@code ht16k33}, {@code ssd1306}, {@code at24}, {@code regmap}. */
    String kind();

    /** The lowest 7-bit address the device acknowledges. */
    int address();

    /**
     * How many consecutive addresses from {@link #address()} the device acknowledges: 1 for most parts; a 24C16
     * EEPROM answers 8 because its address pins carry memory-address bits.
     */
    default int addressSpan() {
        return 1;
    }

    /** One write transfer: the bytes after the address byte, possibly none (a probe). */
    void onWrite(int address, byte[] data);

    /** One read transfer of {@code length} (at least 1) bytes; returns exactly that many. */
    byte[] onRead(int address, int length);

    /** A STOP ended the transfer(s) to this device; a repeated start does not call this. */
    default void onStop(int address) {
    }

    /** One line for humans: kind, address and the state worth knowing (shown by the CLI at exit). */
    default String describe() {
        return String.format("%s at 0x%02x", kind(), address());
    }
}
