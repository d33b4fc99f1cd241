package org.mpyjvm.stdlib.blockdev;

/**
 * How a port's block-device class answers (zephyr-mimxrt.md 1, 2): Zephyr's classes return the driver status as an
 * int and never raise, answer unknown ioctls with -1, and {@code DiskAccess} has only the simple two-argument
 * forms; {@code mimxrt.Flash} and its kin raise {@code OSError} and answer unknown ioctls with None.
 */
public record BlockDeviceStyle(boolean statusReturns, boolean simpleOnly, boolean extendedIoctl6) {
    /** {@code zephyr.FlashArea}: both forms, ioctl 6 erases. */
    public static final BlockDeviceStyle ZEPHYR_FLASH = new BlockDeviceStyle(true, false, true);
    /** {@code zephyr.DiskAccess}: simple forms only, ioctl 6 is unknown (-1). */
    public static final BlockDeviceStyle ZEPHYR_DISK = new BlockDeviceStyle(true, true, false);
    /** {@code mimxrt.Flash}, {@code rp2.Flash}, {@code spark.ExternalFlash}: both forms, errors raise OSError. */
    public static final BlockDeviceStyle RAISING = new BlockDeviceStyle(false, false, true);
}
