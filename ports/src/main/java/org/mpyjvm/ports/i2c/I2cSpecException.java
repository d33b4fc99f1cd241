package org.mpyjvm.ports.i2c;

/** A {@code --i2c} argument or board-file device entry is wrong: one line saying what to write instead. */
public final class I2cSpecException extends IllegalArgumentException {
    public I2cSpecException(String message) {
        super(message);
    }
}
