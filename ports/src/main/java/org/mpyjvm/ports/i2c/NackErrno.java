package org.mpyjvm.ports.i2c;

import org.mpyjvm.runtime.Errno;

/**
 * Which errno a port raises when no device acknowledges the address byte. Ports differ (read in their
 * {@code machine_i2c.c} / busio sources), so a bus is built with the style of the board it belongs to.
 */
public enum NackErrno {
    /**
     * {@code OSError(ENODEV)} (19) for every transfer: MicroPython's software I2C ({@code extmod/machine_i2c.c}),
     * esp32 ({@code ESP_FAIL}), mimxrt ({@code kStatus_LPI2C_Nak}) and CircuitPython on the RP2040.
     */
    ENODEV,
    /** {@code OSError(EIO)} (5) for every transfer: MicroPython's zephyr port ({@code i2c_transfer} failing). */
    EIO,
    /**
     * MicroPython's rp2 port: the pico-sdk reports a NACK as a generic error, mapped to EIO; zero-length writes
     * (probes, {@code scan}) go through the software I2C instead and report ENODEV.
     */
    RP2;

    public int errnoFor(boolean read, int length) {
        switch (this) {
            case ENODEV:
                return Errno.ENODEV;
            case EIO:
                return Errno.EIO;
            default:
                return !read && length == 0 ? Errno.ENODEV : Errno.EIO;
        }
    }
}
