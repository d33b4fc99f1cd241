package org.mpyjvm.stdlib.ports;

import org.mpyjvm.language.spi.BuiltinModule;
import org.mpyjvm.language.spi.ModuleDefinition;
import org.mpyjvm.language.spi.ModuleSetup;
import org.mpyjvm.stdlib.blockdev.DeviceClasses;
import org.mpyjvm.stdlib.session.Session;

/**
 * {@code spark} (seed 002, BOARDS.md 6, chosen): {@code ExternalFlash()} is the singleton block device over the
 * external SPI flash's user area, block 0 at flash address 0x80000 (320 blocks of 4096 bytes), so the keys,
 * factory-reset and OTA images below it cannot be addressed from Python; blocks past the area are EINVAL.
 */
@BuiltinModule("spark")
public final class SparkModule implements ModuleDefinition {
    @Override
    public void initialize(ModuleSetup setup) {
        Session session = BoardModules.require(setup.moduleName());
        setup.setAttribute("ExternalFlash", DeviceClasses.named(session, "ExternalFlash"));
    }
}
