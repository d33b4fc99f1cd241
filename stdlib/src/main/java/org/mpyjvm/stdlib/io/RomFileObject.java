package org.mpyjvm.stdlib.io;

import org.mpyjvm.language.runtime.Buffer;
import org.mpyjvm.language.runtime.BufferProvider;
import org.mpyjvm.language.runtime.PyClass;
import org.mpyjvm.runtime.fs.FileHandle;
import org.mpyjvm.runtime.romfs.ByteRegion;
import org.mpyjvm.stdlib.bridge.RegionBuffer;

/**
 * A binary file of a VfsRom: it also has the read buffer protocol, {@code memoryview(f)} being the file's bytes
 * inside the image (zero-copy, read-only, independent of the file position), so {@code VfsRom(open(..., 'rb'))}
 * mounts a nested image without copying.
 */
public final class RomFileObject extends FileObject implements BufferProvider {
    private final ByteRegion data;

    public RomFileObject(PyClass type, FileHandle handle, ByteRegion data) {
        super(type, handle, true, "VfsRom");
        this.data = data;
    }

    @Override
    public Buffer buffer() {
        return new RegionBuffer(data);
    }
}
