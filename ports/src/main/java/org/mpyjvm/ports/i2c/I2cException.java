package org.mpyjvm.ports.i2c;

import org.mpyjvm.runtime.Errno;

/**
 * A transfer failed the way hardware fails: the Python layer raises {@code OSError(errno())}. Raised when no
 * device acknowledges the address ({@link NackErrno} picks the number) and when a device's host-side store
 * fails (EIO).
 */
public final class I2cException extends RuntimeException {
    private final int errno;
    private final int address;

    public I2cException(int errno, int address, String message) {
        super(message);
        this.errno = errno;
        this.address = address;
    }

    static I2cException nack(int errno, int address) {
        return new I2cException(errno, address,
                String.format("no device acknowledged address 0x%02x (%s)", address, Errno.name(errno)));
    }

    /** The errno for {@code OSError}: 19 (ENODEV), 5 (EIO) or 110 (ETIMEDOUT). */
    public int errno() {
        return errno;
    }

    /** The 7-bit address of the failed transfer. */
    public int address() {
        return address;
    }
}
