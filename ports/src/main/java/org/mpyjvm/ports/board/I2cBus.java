package org.mpyjvm.ports.board;

/** An I2C bus; {@code id} as Python passes it ({@code 0}, {@code "i2c0"}, {@code 'X'}). */
public record I2cBus(String id, String scl, String sda, boolean isDefault, boolean pinsRequired) {
}
