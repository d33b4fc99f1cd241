package org.mpyjvm.stdlib.fuzz;

import org.mpyjvm.language.errors.Errors;
import org.mpyjvm.language.runtime.PyClass;
import org.mpyjvm.language.runtime.PyNone;
import org.mpyjvm.language.spi.Builtin;
import org.mpyjvm.language.spi.BuiltinModule;
import org.mpyjvm.language.spi.ModuleDefinition;
import org.mpyjvm.runtime.blockdev.BlockDevice;
import org.mpyjvm.stdlib.blockdev.BlockDeviceMethods;
import org.mpyjvm.stdlib.blockdev.BlockDeviceObject;
import org.mpyjvm.stdlib.blockdev.BlockDeviceStyle;
import org.mpyjvm.stdlib.bridge.Args;
import org.mpyjvm.stdlib.bridge.NativeType;

/**
 * {@code _mpyjvm_fuzz}: the glue {@code mpy fuzz} runs around a fuzz script (not for scripts to import).
 * {@code device()} is the current run's fault-wrapped medium as a Python block device (both protocol forms,
 * ioctl 6 erases, errors raise OSError, a power cut unwinds everything); {@code seed()} is the run's seed;
 * {@code declare(blocks, block_size, medium)} records the script's own geometry.
 */
@BuiltinModule("_mpyjvm_fuzz")
public final class FuzzModule implements ModuleDefinition {
    private PyClass deviceClass;

    @Builtin(name = "device")
    public Object device(Object[] a) {
        BlockDevice dev = FuzzTarget.device();
        if (dev == null) {
            throw Errors.typeError("no fuzz run in progress");
        }
        if (deviceClass == null) {
            deviceClass = NativeType.define("FuzzBlockDevice", new BlockDeviceMethods());
        }
        return new BlockDeviceObject(deviceClass, dev, BlockDeviceStyle.RAISING, null, "<FuzzBlockDevice>");
    }

    @Builtin(name = "seed")
    public Object seed(Object[] a) {
        return FuzzTarget.seed();
    }

    @Builtin(name = "declare", minArgs = 3, maxArgs = 3)
    public Object declare(Object[] a) {
        if (!Args.isNone(a[0]) || !Args.isNone(a[1])) {
            long blocks = Args.isNone(a[0]) ? 0 : Args.toLong(a[0]);
            int blockSize = Args.isNone(a[1]) ? 0 : Args.toInt(a[1]);
            String medium = Args.isNone(a[2]) ? "nor" : Args.str(a[2]);
            FuzzTarget.declare(new FuzzTarget.Geometry(blocks, blockSize, medium));
        }
        return PyNone.INSTANCE;
    }
}
