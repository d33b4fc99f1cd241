package org.mpyjvm.stdlib.circuitpython;

import java.util.Map;

/**
 * The USB host's side of CIRCUITPY for host tools ({@code bin/mpy fs cp|rm|mkdir ...}, image export): whether a host
 * write is allowed, judged from the flags the last boot left in the device's {@code board.json}
 * ({@link DrivePermissions}). The host tools act as an attached host after boot.py, so they may write exactly when
 * CircuitPython's code.py could not: never after {@code storage.remount("/", False)} in boot.py (unless protection was
 * disabled), nor when boot.py hid the drive.
 */
public final class UsbHostView {
    private UsbHostView() {
    }

    /** Whether a host write to CIRCUITPY succeeds now. */
    public static boolean hostMayWrite(Map<String, String> deviceState) {
        DrivePermissions p = new DrivePermissions(true);
        p.load(deviceState);
        p.startUsb();
        return p.hostMayWrite();
    }

    /** Whether the drive is presented to the host at all (boot.py did not call {@code disable_usb_drive()}). */
    public static boolean driveVisible(Map<String, String> deviceState) {
        DrivePermissions p = new DrivePermissions(true);
        p.load(deviceState);
        return p.usbDriveEnabled();
    }

    /** One line for a refused host command, or null when host writes are allowed. */
    public static String refusal(Map<String, String> deviceState) {
        if (hostMayWrite(deviceState)) {
            return null;
        }
        DrivePermissions p = new DrivePermissions(true);
        p.load(deviceState);
        return p.usbDriveEnabled()
                ? "CIRCUITPY is read-only for the USB host: boot.py gave it to CircuitPython (storage.remount(\"/\", False))"
                : "CIRCUITPY is not presented to the USB host: boot.py called storage.disable_usb_drive()";
    }
}
