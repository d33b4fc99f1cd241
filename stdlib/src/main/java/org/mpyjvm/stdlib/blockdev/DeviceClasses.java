package org.mpyjvm.stdlib.blockdev;

import java.util.Optional;
import org.mpyjvm.language.errors.Errors;
import org.mpyjvm.language.runtime.PyClass;
import org.mpyjvm.language.spi.Builtin;
import org.mpyjvm.ports.board.Region;
import org.mpyjvm.ports.memory.RegionBlockDevice;
import org.mpyjvm.stdlib.bridge.NativeType;
import org.mpyjvm.stdlib.session.Session;

/**
 * The Python classes of the boards' flash objects ({@code mimxrt.Flash}, {@code spark.ExternalFlash},
 * {@code rp2.Flash}, ROM segment objects): one class per type name and run, shared by the port module and
 * {@code vfs.rom_ioctl(2, ...)}. Calling the class returns the singleton over the board region whose {@code api}
 * names it (BOARDS.md 3.2: block 0 is the region's first byte, nothing outside it is reachable); it takes no
 * arguments, as upstream's {@code mimxrt.Flash()}.
 */
public final class DeviceClasses {
    private DeviceClasses() {
    }

    public static PyClass named(Session session, String typeName) {
        return (PyClass) session.singleton("blockdev-class:" + typeName,
                () -> NativeType.define(typeName, new BlockDeviceMethods(), new Constructor(session, typeName)));
    }

    /** {@code Type()}: the board's one object of this type. */
    public static final class Constructor {
        private final Session session;
        private final String typeName;

        Constructor(Session session, String typeName) {
            this.session = session;
            this.typeName = typeName;
        }

        @Builtin(name = "__new__", minArgs = 1)
        public Object create(Object[] a) {
            Optional<Region> region = session.board().regions().stream()
                    .filter(r -> r.api() != null && r.api().endsWith("." + typeName + "()")).findFirst();
            if (region.isEmpty() || session.port() == null) {
                throw Errors.typeError("cannot create '" + typeName + "' instances");
            }
            return session.singleton("device:" + typeName, () -> {
                RegionBlockDevice dev = session.port().regionDevice(session.board(), session.mediaSource(),
                        region.get().label());
                return new BlockDeviceObject((PyClass) a[0], dev, BlockDeviceStyle.RAISING, dev.region(),
                        "<" + typeName + ">");
            });
        }
    }
}
