package org.mpyjvm.stdlib.blockdev;

import org.mpyjvm.language.errors.Errors;
import org.mpyjvm.language.runtime.Buffer;
import org.mpyjvm.language.runtime.PyNone;
import org.mpyjvm.language.spi.Builtin;
import org.mpyjvm.runtime.Errno;
import org.mpyjvm.runtime.StorageException;
import org.mpyjvm.runtime.blockdev.BlockDevice;
import org.mpyjvm.stdlib.bridge.Args;
import org.mpyjvm.stdlib.bridge.Buffers;
import org.mpyjvm.stdlib.bridge.OsErrors;

/**
 * The block-device protocol methods of every {@link BlockDeviceObject} ({@code args[0]} is the object):
 * {@code readblocks(n, buf[, offset])}, {@code writeblocks(n, buf[, offset])} (the simple form erases every block
 * it touches, the extended one never erases) and {@code ioctl(op, arg)}, answering in the object's style.
 */
public final class BlockDeviceMethods {
    @Builtin(name = "readblocks", minArgs = 3, maxArgs = 4)
    public Object readblocks(Object[] a) {
        BlockDeviceObject self = (BlockDeviceObject) a[0];
        checkArity(self, a);
        long block = Args.toLong(a[1]);
        Buffer buf = Buffers.writable(a[2]);
        return answer(self, () -> {
            BlockDevice dev = self.device();
            int len = buf.length();
            int offset = a.length == 4 ? Args.toInt(a[3]) : 0;
            if (a.length == 3) {
                len = simpleLength(self, len);
            }
            byte[] data = new byte[len];
            dev.read(block, offset, data, 0, len);
            Buffers.fill(buf, 0, data, 0, len);
        }, false);
    }

    @Builtin(name = "writeblocks", minArgs = 3, maxArgs = 4)
    public Object writeblocks(Object[] a) {
        BlockDeviceObject self = (BlockDeviceObject) a[0];
        checkArity(self, a);
        long block = Args.toLong(a[1]);
        byte[] data = Buffers.of(a[2]).copy(0, Buffers.of(a[2]).length());
        return answer(self, () -> {
            BlockDevice dev = self.device();
            if (a.length == 4) {
                dev.program(block, Args.toInt(a[3]), data, 0, data.length);
            } else {
                dev.writeBlocks(block, data, 0, simpleLength(self, data.length));
            }
        }, true);
    }

    @Builtin(name = "ioctl", minArgs = 3)
    public Object ioctl(Object[] a) {
        BlockDeviceObject self = (BlockDeviceObject) a[0];
        BlockDeviceStyle style = self.style();
        BlockDevice dev = self.device();
        int op = Args.toInt(a[1]);
        try {
            switch (op) {
                case BlockDevice.IOCTL_INIT, BlockDevice.IOCTL_DEINIT:
                    return 0L;
                case BlockDevice.IOCTL_SYNC:
                    dev.sync();
                    return 0L;
                case BlockDevice.IOCTL_BLOCK_COUNT:
                    return dev.blockCount();
                case BlockDevice.IOCTL_BLOCK_SIZE:
                    return (long) dev.blockSize();
                case BlockDevice.IOCTL_BLOCK_ERASE:
                    if (style.extendedIoctl6()) {
                        dev.erase(Args.toLong(a[2]));
                        return 0L;
                    }
                    return unknown(style);
                default:
                    return unknown(style);
            }
        } catch (StorageException e) {
            if (style.statusReturns()) {
                return (long) -e.errno();
            }
            throw OsErrors.of(e);
        }
    }

    @Builtin(name = "__repr__", minArgs = 1)
    public Object repr(Object[] a) {
        return ((BlockDeviceObject) a[0]).repr();
    }

    private static Object unknown(BlockDeviceStyle style) {
        return style.statusReturns() ? (Object) (-1L) : PyNone.INSTANCE;
    }

    private static void checkArity(BlockDeviceObject self, Object[] a) {
        if (self.style().simpleOnly() && a.length == 4) {
            throw Errors.typeError("function takes 3 positional arguments but 4 were given");
        }
    }

    /**
     * The bytes a simple-form transfer moves: Zephyr's DiskAccess moves whole sectors only (a trailing partial
     * sector is ignored); the raising style refuses a length that is not whole blocks (EINVAL, the seed leaves it
     * open); FlashArea moves the whole buffer.
     */
    private static int simpleLength(BlockDeviceObject self, int len) throws StorageException {
        int bs = self.device().blockSize();
        if (self.style().simpleOnly()) {
            return len / bs * bs;
        }
        if (!self.style().statusReturns() && len % bs != 0) {
            throw new StorageException(Errno.EINVAL, "length is not a whole number of blocks");
        }
        return len;
    }

    private interface Transfer {
        void run() throws StorageException;
    }

    private static Object answer(BlockDeviceObject self, Transfer t, boolean write) {
        try {
            t.run();
        } catch (StorageException e) {
            if (self.style().statusReturns()) {
                return (long) -e.errno();
            }
            throw OsErrors.of(e);
        }
        if (self.style().statusReturns()) {
            return 0L;
        }
        return write ? (Object) 0L : PyNone.INSTANCE;
    }
}
