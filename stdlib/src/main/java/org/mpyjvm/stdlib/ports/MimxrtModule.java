package org.mpyjvm.stdlib.ports;

import org.mpyjvm.language.spi.BuiltinModule;
import org.mpyjvm.language.spi.ModuleDefinition;
import org.mpyjvm.language.spi.ModuleSetup;
import org.mpyjvm.stdlib.blockdev.DeviceClasses;
import org.mpyjvm.stdlib.session.Session;

/**
 * {@code mimxrt} (seed 003): {@code Flash()} is the singleton block device over the user-storage region of the
 * board's flash, with both read/write forms (the simple write erases every block it touches, the extended one
 * never erases), {@code ioctl(5, 0)}/{@code ioctl(6, n)}, OSError on failure, and the buffer protocol:
 * {@code memoryview(mimxrt.Flash())} is a read-only live view of the whole region through the XIP window.
 */
@BuiltinModule("mimxrt")
public final class MimxrtModule implements ModuleDefinition {
    @Override
    public void initialize(ModuleSetup setup) {
        Session session = BoardModules.require(setup.moduleName());
        setup.setAttribute("Flash", DeviceClasses.named(session, "Flash"));
    }
}
