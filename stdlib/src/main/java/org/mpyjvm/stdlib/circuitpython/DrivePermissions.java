package org.mpyjvm.stdlib.circuitpython;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Who may write the CIRCUITPY drive (circuitpython.md 1): the mount's three flags ({@code usb_writable},
 * {@code concurrent_write_protection}, {@code ignore_protection}) plus the USB side: whether a host is attached,
 * whether the drive is presented to it, and whether the host holds the mount's lock. Python may write when
 * protection is off, the drive is not USB-writable, or boot.py is running; the host may write when protection is
 * off, the drive is USB-writable, or boot.py is running. The host takes the lock the first time it asks whether
 * a USB-writable drive is writable (at enumeration, and again when the medium is reported changed); while it holds
 * it, {@code storage.remount} is refused.
 *
 * <p>The flags chosen by the last boot are kept in the device's {@code board.json} ({@link #save}/{@link #load}),
 * so a later {@code code.py} run (a soft reload on the real board) and the host-side tools see the same state.
 */
public final class DrivePermissions {
    static final String USB_WRITABLE = "circuitpy.usb_writable";
    static final String PROTECTION = "circuitpy.concurrent_write_protection";
    static final String USB_DRIVE = "circuitpy.usb_drive";

    private boolean usbWritable = true;
    private boolean concurrentWriteProtection = true;
    private boolean ignoreProtection;
    private boolean usbDriveEnabled = true;
    private final boolean hostAttached;
    private boolean usbStarted;
    private boolean hostLocked;

    /** @param hostAttached {@code --usb on}: a USB host is connected to the board */
    public DrivePermissions(boolean hostAttached) {
        this.hostAttached = hostAttached;
    }

    /** The defaults set just before boot.py on a board with USB: host read-write, Python read-only. */
    public void resetForBoot() {
        usbWritable = true;
        concurrentWriteProtection = true;
        usbDriveEnabled = true;
        usbStarted = false;
        hostLocked = false;
    }

    public boolean pythonMayWrite() {
        return !concurrentWriteProtection || !usbWritable || ignoreProtection || !usbDriveEnabled;
    }

    /** Whether a host write would succeed: only when the drive is presented to an attached host. */
    public boolean hostMayWrite() {
        return hostSeesDrive() && (!concurrentWriteProtection || usbWritable || ignoreProtection);
    }

    public boolean hostSeesDrive() {
        return hostAttached && usbStarted && usbDriveEnabled;
    }

    public boolean hostAttached() {
        return hostAttached;
    }

    public boolean hostLocked() {
        return hostLocked;
    }

    public boolean usbStarted() {
        return usbStarted;
    }

    /** boot.py may write whatever the flags say; cleared when boot.py ends. */
    public void setIgnoreProtection(boolean ignore) {
        this.ignoreProtection = ignore;
    }

    /** USB enumerates after boot.py: an attached host asks whether the drive is writable and may take the lock. */
    public void startUsb() {
        usbStarted = true;
        hostAsksWritable();
    }

    private void hostAsksWritable() {
        if (hostSeesDrive() && usbWritable) {
            hostLocked = true;
        }
    }

    /** Whether {@code storage.remount} can take the mount's lock now. */
    public boolean mayRemount() {
        return !hostLocked;
    }

    /**
     * {@code storage.remount(path, readonly, disable_concurrent_write_protection=...)} once the lock is taken:
     * {@code readonly} is Python's view, so the host gets the opposite. The medium is then reported changed and the
     * host asks again.
     */
    public void remount(boolean readonly, boolean disableConcurrentWriteProtection) {
        if (hostLocked) {
            throw new IllegalStateException("the USB host holds the drive");
        }
        usbWritable = readonly;
        concurrentWriteProtection = !disableConcurrentWriteProtection;
        if (usbStarted) {
            hostAsksWritable();
        }
    }

    /** {@code disable_usb_drive()}: only before USB starts (boot.py); false when it is too late. */
    public boolean disableUsbDrive() {
        if (usbStarted) {
            return false;
        }
        usbDriveEnabled = false;
        return true;
    }

    /** {@code enable_usb_drive()}: only before USB starts (boot.py); false when it is too late. */
    public boolean enableUsbDrive() {
        if (usbStarted) {
            return false;
        }
        usbDriveEnabled = true;
        return true;
    }

    public boolean usbDriveEnabled() {
        return usbDriveEnabled;
    }

    /** The flags a boot chose, for {@code board.json}. */
    public Map<String, String> save() {
        Map<String, String> out = new LinkedHashMap<>();
        out.put(USB_WRITABLE, Boolean.toString(usbWritable));
        out.put(PROTECTION, Boolean.toString(concurrentWriteProtection));
        out.put(USB_DRIVE, usbDriveEnabled ? "enabled" : "disabled");
        return out;
    }

    /** Restores the flags the last boot chose; a device that never booted keeps the defaults. */
    public void load(Map<String, String> state) {
        usbWritable = !"false".equals(state.get(USB_WRITABLE));
        concurrentWriteProtection = !"false".equals(state.get(PROTECTION));
        usbDriveEnabled = !"disabled".equals(state.get(USB_DRIVE));
    }

    @Override
    public String toString() {
        return "python " + (pythonMayWrite() ? "read-write" : "read-only") + ", host "
                + (!hostSeesDrive() ? "no drive" : hostMayWrite() ? "read-write" : "read-only")
                + (hostLocked ? " (host holds the lock)" : "");
    }
}
