package org.mpyjvm.stdlib.vfs;

import org.mpyjvm.language.runtime.PyMemoryView;
import org.mpyjvm.language.runtime.PyOps;
import org.mpyjvm.ports.port.RomIoctl;
import org.mpyjvm.ports.port.SegmentResult;
import org.mpyjvm.stdlib.blockdev.BlockDeviceObject;
import org.mpyjvm.stdlib.blockdev.BlockDeviceStyle;
import org.mpyjvm.stdlib.blockdev.DeviceClasses;
import org.mpyjvm.stdlib.bridge.RegionBuffer;
import org.mpyjvm.stdlib.session.Session;

/**
 * {@code vfs.rom_ioctl(op, ...)} over the port's {@link RomIoctl}: ints are returned (errors as negative ints,
 * never raised), op 2 gives a read-only {@code memoryview} over the live segment (zero-copy) or the port's
 * block-device object, op 4 takes any buffer.
 */
final class RomIoctlFunction {
    private RomIoctlFunction() {
    }

    static Object call(Session session, RomIoctl ioctl, Object[] a) {
        int op = (int) PyOps.asLong(a[0]);
        Object[] rest = new Object[a.length - 1];
        for (int i = 1; i < a.length; i++) {
            Object v = a[i];
            rest[i - 1] = op == 4 && i == 3 ? PyOps.bytesOf(v) : (Object) PyOps.asLong(v);
        }
        Object r = ioctl.call(op, rest);
        if (r instanceof SegmentResult.Memory m) {
            return PyMemoryView.of(new RegionBuffer(m.region()));
        }
        if (r instanceof SegmentResult.Device d) {
            long id = (Long) rest[0];
            return session.singleton("rom-segment:" + id, () -> new BlockDeviceObject(
                    DeviceClasses.named(session, d.typeName()), d.device(), BlockDeviceStyle.RAISING,
                    d.device().region(), d.repr()));
        }
        if (r instanceof SegmentResult.Error e) {
            return (long) e.code();
        }
        return (long) (Integer) r;
    }
}
