package org.mpyjvm.stdlib.blockdev;

import org.mpyjvm.language.errors.Errors;
import org.mpyjvm.language.runtime.PyNone;
import org.mpyjvm.language.runtime.PyOps;
import org.mpyjvm.runtime.Errno;
import org.mpyjvm.runtime.StorageException;
import org.mpyjvm.runtime.blockdev.BlockDevice;
import org.mpyjvm.stdlib.bridge.Buffers;

/**
 * A Python object with {@code readblocks}/{@code writeblocks}/{@code ioctl} (or the legacy {@code count()}) as a
 * runtime block device, as {@code extmod/vfs_blockdev.c} drives it (vfs.md 7). Buffers go to Python as writable
 * memoryviews over the runtime's own arrays, so nothing is copied. Which call form is used follows the caller:
 * {@code ioctl(1, 1)} (littlefs) switches to the extended three-argument forms; FAT's {@code ioctl(1, 0)} keeps the
 * simple forms; a read at a non-zero offset (auto-detection's probe) is always extended.
 *
 * <p>Return values: None or 0 is success; a negative int is {@code -errno}; a positive int is EINVAL; anything
 * else is {@code TypeError}. In simple (FAT) mode every failure is EIO, as FatFs reports a disk error. Python
 * exceptions raised by the methods propagate unchanged.
 */
public final class PythonBlockDevice implements BlockDevice {
    private final Object device;
    private final boolean hasIoctl;
    private boolean extendedMode;

    public PythonBlockDevice(Object device) {
        this.device = device;
        PyOps.getAttribute(device, "readblocks");
        this.hasIoctl = PyOps.getAttributeOrNull(device, "ioctl") != null;
        if (!hasIoctl) {
            PyOps.getAttribute(device, "count");
        }
    }

    /** The Python object behind this device. */
    public Object pythonObject() {
        return device;
    }

    private Object ioctl(int op, long arg) {
        if (hasIoctl) {
            return PyOps.invoke(device, "ioctl", (long) op, arg);
        }
        // Legacy protocol: ioctl ops map onto count() and sync(); block size is fixed at 512.
        return switch (op) {
            case IOCTL_SYNC -> PyOps.getAttributeOrNull(device, "sync") != null
                    ? PyOps.invoke(device, "sync") : PyNone.INSTANCE;
            case IOCTL_BLOCK_COUNT -> PyOps.invoke(device, "count");
            default -> PyNone.INSTANCE;
        };
    }

    private static long toLong(Object r) {
        if (r instanceof Long || r instanceof java.math.BigInteger || r instanceof Boolean) {
            return PyOps.asLong(r);
        }
        throw Errors.typeError("can't convert " + PyOps.typeName(r) + " to int");
    }

    /** The block-device return convention: None/0 succeed; -errno fails with errno, a positive int with EINVAL. */
    private void check(Object r) throws StorageException {
        if (r == PyNone.INSTANCE) {
            return;
        }
        long v = toLong(r);
        if (v == 0) {
            return;
        }
        if (!extendedMode) {
            throw new StorageException(Errno.EIO, "block device returned " + v);
        }
        throw new StorageException(v < 0 && v > -1_000_000 ? (int) -v : Errno.EINVAL);
    }

    @Override
    public int blockSize() throws StorageException {
        Object r = ioctl(IOCTL_BLOCK_SIZE, 0);
        if (r == PyNone.INSTANCE && !extendedMode) {
            return 512;
        }
        long v = toLong(r);
        return v > 0 && v <= Integer.MAX_VALUE ? (int) v : 0;
    }

    @Override
    public long blockCount() throws StorageException {
        return toLong(ioctl(IOCTL_BLOCK_COUNT, 0));
    }

    @Override
    public void read(long block, int offset, byte[] dst, int dstOff, int len) throws StorageException {
        Object view = Buffers.view(dst, dstOff, len);
        if (extendedMode || offset != 0) {
            check(PyOps.invoke(device, "readblocks", block, view, (long) offset));
        } else {
            check(PyOps.invoke(device, "readblocks", block, view));
        }
    }

    @Override
    public void writeBlocks(long block, byte[] src, int srcOff, int len) throws StorageException {
        requireWritable();
        check(PyOps.invoke(device, "writeblocks", block, Buffers.view(src, srcOff, len)));
    }

    @Override
    public void program(long block, int offset, byte[] src, int srcOff, int len) throws StorageException {
        requireWritable();
        check(PyOps.invoke(device, "writeblocks", block, Buffers.view(src, srcOff, len), (long) offset));
    }

    @Override
    public void erase(long block) throws StorageException {
        check(toLongOrTypeError(ioctl(IOCTL_BLOCK_ERASE, block)));
    }

    private static Object toLongOrTypeError(Object r) {
        return toLong(r);
    }

    @Override
    public void sync() throws StorageException {
        ioctl(IOCTL_SYNC, 0);
    }

    @Override
    public void init(int arg) throws StorageException {
        extendedMode = arg == 1;
        Object r = ioctl(IOCTL_INIT, arg);
        if (arg == 0 && r != PyNone.INSTANCE && toLong(r) != 0) {
            throw new StorageException(Errno.EBUSY, "device not ready");
        }
    }

    @Override
    public void deinit() {
        ioctl(IOCTL_DEINIT, 0);
    }

    @Override
    public boolean isWritable() {
        return PyOps.getAttributeOrNull(device, "writeblocks") != null;
    }

    private void requireWritable() throws StorageException {
        if (!isWritable()) {
            throw new StorageException(Errno.EROFS);
        }
    }
}
