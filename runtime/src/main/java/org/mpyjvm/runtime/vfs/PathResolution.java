package org.mpyjvm.runtime.vfs;

import org.mpyjvm.runtime.Errno;
import org.mpyjvm.runtime.StorageException;

/**
 * Where a path leads (vfs.md section 3): the virtual root itself, a path inside a mounted filesystem (as that
 * filesystem receives it), or nowhere.
 */
public record PathResolution(Kind kind, MountEntry mount, String path) {
    public enum Kind { VIRTUAL_ROOT, MOUNT, NO_MOUNT }

    public static final PathResolution VIRTUAL_ROOT = new PathResolution(Kind.VIRTUAL_ROOT, null, null);
    public static final PathResolution NO_MOUNT = new PathResolution(Kind.NO_MOUNT, null, null);

    public static PathResolution inMount(MountEntry mount, String path) {
        return new PathResolution(Kind.MOUNT, mount, path);
    }

    public boolean isVirtualRoot() {
        return kind == Kind.VIRTUAL_ROOT;
    }

    /**
     * The mount for an operation that needs a filesystem: a path under no mount is ENODEV, the virtual root
     * itself cannot be operated on (EPERM); upstream's {@code mp_vfs_proxy_call}.
     */
    public MountEntry requireMount() throws StorageException {
        switch (kind) {
            case NO_MOUNT:
                throw new StorageException(Errno.ENODEV);
            case VIRTUAL_ROOT:
                throw new StorageException(Errno.EPERM);
            default:
                return mount;
        }
    }
}
