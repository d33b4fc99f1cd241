package org.mpyjvm.runtime.blockdev;

import java.io.IOException;
import org.mpyjvm.runtime.Errno;
import org.mpyjvm.runtime.StorageException;

/** How a failure of the host image file reaches the program: as the medium's EIO. */
final class HostImageError {
    private HostImageError() {
    }

    static StorageException of(IOException e) {
        return new StorageException(Errno.EIO, "host image: " + e.getMessage());
    }
}
