package org.mpyjvm.runtime.fat;

import org.mpyjvm.runtime.Errno;
import org.mpyjvm.runtime.StorageException;

/** FatFs FR_MKFS_ABORTED: the device cannot hold the requested FAT type; MicroPython reports it as EIO. */
public final class MkfsAbortedException extends StorageException {
    private static final long serialVersionUID = 1L;

    MkfsAbortedException(String why) {
        super(Errno.EIO, "mkfs aborted: " + why);
    }
}
