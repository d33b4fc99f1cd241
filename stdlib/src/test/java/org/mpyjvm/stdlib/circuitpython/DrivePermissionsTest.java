package org.mpyjvm.stdlib.circuitpython;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** circuitpython.md 1: the table of who may write after boot.py, and when the host holds the lock. */
class DrivePermissionsTest {

    @Test
    void defaultsArePythonReadOnlyHostReadWrite() {
        DrivePermissions p = new DrivePermissions(true);
        p.resetForBoot();
        p.startUsb();
        assertFalse(p.pythonMayWrite());
        assertTrue(p.hostMayWrite());
        assertTrue(p.hostLocked(), "the host took the lock of a USB-writable drive");
        assertFalse(p.mayRemount());
    }

    @Test
    void bootPyMayWriteWhateverTheFlags() {
        DrivePermissions p = new DrivePermissions(true);
        p.resetForBoot();
        p.setIgnoreProtection(true);
        assertTrue(p.pythonMayWrite());
        p.setIgnoreProtection(false);
        assertFalse(p.pythonMayWrite());
    }

    @Test
    void remountFalseInBootGivesPythonTheDrive() {
        DrivePermissions p = new DrivePermissions(true);
        p.resetForBoot();
        p.remount(false, false);
        p.startUsb();
        assertTrue(p.pythonMayWrite());
        assertFalse(p.hostMayWrite());
        assertFalse(p.hostLocked(), "a host never locks a drive it cannot write");
        assertTrue(p.mayRemount());
    }

    @Test
    void remountTrueKeepsDiskMode() {
        DrivePermissions p = new DrivePermissions(true);
        p.resetForBoot();
        p.remount(true, false);
        p.startUsb();
        assertFalse(p.pythonMayWrite());
        assertTrue(p.hostMayWrite());
    }

    @Test
    void disabledProtectionLetsBothWrite() {
        DrivePermissions p = new DrivePermissions(true);
        p.resetForBoot();
        p.remount(false, true);
        p.startUsb();
        assertTrue(p.pythonMayWrite());
        assertTrue(p.hostMayWrite());
    }

    @Test
    void disableUsbDriveOnlyBeforeUsbStarts() {
        DrivePermissions p = new DrivePermissions(true);
        p.resetForBoot();
        assertTrue(p.disableUsbDrive());
        p.startUsb();
        assertTrue(p.pythonMayWrite());
        assertFalse(p.hostSeesDrive());
        assertFalse(p.enableUsbDrive(), "too late after USB started");
    }

    @Test
    void withoutHostRemountAlwaysWorks() {
        DrivePermissions p = new DrivePermissions(false);
        p.resetForBoot();
        p.startUsb();
        assertTrue(p.mayRemount());
        p.remount(false, false);
        assertTrue(p.pythonMayWrite());
        assertFalse(p.hostMayWrite(), "no host, no host writes");
    }

    @Test
    void remountAfterBootReportsMediumChangedAndHostLocksAgain() {
        DrivePermissions p = new DrivePermissions(true);
        p.resetForBoot();
        p.remount(false, false);
        p.startUsb();
        p.remount(true, false);
        assertTrue(p.hostLocked());
        assertThrows(IllegalStateException.class, () -> p.remount(false, false));
    }

    @Test
    void flagsSurviveTheDeviceState() {
        DrivePermissions p = new DrivePermissions(true);
        p.resetForBoot();
        p.remount(false, false);
        DrivePermissions q = new DrivePermissions(true);
        q.load(p.save());
        q.startUsb();
        assertTrue(q.pythonMayWrite());
        assertEquals(p.save(), q.save());
    }
}
