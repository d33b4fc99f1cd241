package org.mpyjvm.stdlib.blockdev;

import org.mpyjvm.language.errors.Errors;
import org.mpyjvm.language.runtime.Buffer;
import org.mpyjvm.language.runtime.BufferProvider;
import org.mpyjvm.language.runtime.PyClass;
import org.mpyjvm.runtime.blockdev.BlockDevice;
import org.mpyjvm.runtime.romfs.ByteRegion;
import org.mpyjvm.stdlib.bridge.NativeObject;
import org.mpyjvm.stdlib.bridge.RegionBuffer;

/**
 * A Java block device seen from Python ({@code zephyr.FlashArea}, {@code zephyr.DiskAccess}, {@code mimxrt.Flash},
 * {@code spark.ExternalFlash}, a ROM segment object): the methods are {@link BlockDeviceMethods}, the port's
 * conventions are its {@link BlockDeviceStyle}. When the device has a memory-mapped region the object also has the
 * buffer protocol: {@code memoryview(obj)} is a read-only live view of the whole region (zero-copy).
 */
public final class BlockDeviceObject extends NativeObject implements BufferProvider {
    private final BlockDevice device;
    private final BlockDeviceStyle style;
    private final ByteRegion region;
    private final String repr;

    public BlockDeviceObject(PyClass type, BlockDevice device, BlockDeviceStyle style, ByteRegion region,
                             String repr) {
        super(type);
        this.device = device;
        this.style = style;
        this.region = region;
        this.repr = repr;
    }

    public BlockDevice device() {
        return device;
    }

    public BlockDeviceStyle style() {
        return style;
    }

    public String repr() {
        return repr;
    }

    @Override
    public Buffer buffer() {
        if (region == null) {
            throw Errors.typeError("object with buffer protocol required");
        }
        return new RegionBuffer(region);
    }
}
