package org.mpyjvm.stdlib.vfs;

import org.mpyjvm.language.runtime.PyClass;
import org.mpyjvm.runtime.fs.Filesystem;
import org.mpyjvm.stdlib.bridge.NativeObject;

/** A {@code VfsFat}, {@code VfsLfs2}, {@code VfsRom} or {@code VfsPosix} object: a runtime filesystem. */
public final class FilesystemObject extends NativeObject {
    private final Filesystem fs;

    public FilesystemObject(PyClass type, Filesystem fs) {
        super(type);
        this.fs = fs;
    }

    public Filesystem fs() {
        return fs;
    }
}
