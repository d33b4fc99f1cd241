package org.mpyjvm.stdlib.io;

import org.mpyjvm.language.runtime.PyClass;
import org.mpyjvm.runtime.fs.FileHandle;
import org.mpyjvm.stdlib.bridge.NativeObject;

/**
 * An open file: {@code io.FileIO} (binary, reads give bytes) or {@code io.TextIOWrapper} (text, UTF-8, no newline
 * translation) over a runtime {@link FileHandle}. {@code fsType} keeps the per-filesystem differences MicroPython
 * shows (os.md 2.2): closed-file errors, repr, ROMFS's no-op close.
 */
public class FileObject extends NativeObject {
    private final FileHandle handle;
    private final boolean binary;
    private final String fsType;

    public FileObject(PyClass type, FileHandle handle, boolean binary, String fsType) {
        super(type);
        this.handle = handle;
        this.binary = binary;
        this.fsType = fsType;
    }

    public FileHandle handle() {
        return handle;
    }

    public boolean binary() {
        return binary;
    }

    public String fsType() {
        return fsType;
    }
}
