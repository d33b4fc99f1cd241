package org.mpyjvm.stdlib.vfs;

import java.util.List;
import java.util.Set;
import org.mpyjvm.language.runtime.BufferProvider;
import org.mpyjvm.language.runtime.PyClass;
import org.mpyjvm.language.runtime.PyOps;
import org.mpyjvm.runtime.blockdev.BlockDevice;
import org.mpyjvm.runtime.fs.Filesystem;
import org.mpyjvm.runtime.romfs.ByteRegion;
import org.mpyjvm.runtime.romfs.RomfsFilesystem;
import org.mpyjvm.stdlib.blockdev.BlockDeviceObject;
import org.mpyjvm.stdlib.blockdev.PythonBlockDevice;
import org.mpyjvm.stdlib.bridge.Buffers;
import org.mpyjvm.stdlib.bridge.NativeType;
import org.mpyjvm.stdlib.io.FileTypes;
import org.mpyjvm.stdlib.session.Session;

/**
 * One run's filesystem classes ({@code VfsFat}, {@code VfsLfs1}, {@code VfsLfs2}, {@code VfsRom},
 * {@code VfsPosix}) and file classes, shared by {@code vfs} and {@code os} so {@code os.VfsFat is vfs.VfsFat}.
 */
public final class FilesystemTypes {
    private final Session session;
    private final PyClass vfsFat;
    private final PyClass vfsLfs1;
    private final PyClass vfsLfs2;
    private final PyClass vfsRom;
    private final PyClass vfsPosix;
    private final FileTypes files;

    public FilesystemTypes(Session session) {
        this.session = session;
        FilesystemMethods methods = new FilesystemMethods(session);
        this.vfsFat = NativeType.define("VfsFat", List.of(methods, new FilesystemConstructors.Fat(session)),
                Set.of("mkfs"), Set.of());
        this.vfsLfs1 = NativeType.define("VfsLfs1", List.of(methods, new FilesystemConstructors.Lfs1(session)),
                Set.of("mkfs"), Set.of());
        this.vfsLfs2 = NativeType.define("VfsLfs2", List.of(methods, new FilesystemConstructors.Lfs2(session)),
                Set.of("mkfs"), Set.of());
        this.vfsRom = NativeType.define("VfsRom", List.of(methods, new FilesystemConstructors.Rom(session)),
                Set.of(), Set.of("mkdir", "rmdir", "remove", "rename"));
        this.vfsPosix = NativeType.define("VfsPosix", List.of(methods, new FilesystemConstructors.Posix(session)),
                Set.of(), Set.of());
        this.files = new FileTypes(session);
    }

    public PyClass vfsFat() {
        return vfsFat;
    }

    public PyClass vfsLfs1() {
        return vfsLfs1;
    }

    public PyClass vfsLfs2() {
        return vfsLfs2;
    }

    public PyClass vfsRom() {
        return vfsRom;
    }

    public PyClass vfsPosix() {
        return vfsPosix;
    }

    public FileTypes files() {
        return files;
    }

    /** The Python class for a runtime filesystem's type name. */
    public PyClass classFor(Filesystem fs) {
        return switch (fs.typeName()) {
            case "VfsFat" -> vfsFat;
            case "VfsLfs1" -> vfsLfs1;
            case "VfsLfs2" -> vfsLfs2;
            case "VfsRom" -> vfsRom;
            default -> vfsPosix;
        };
    }

    /** The Python object of a Java filesystem, created on first need and remembered for {@code vfs.mount()}. */
    public Object face(Filesystem fs) {
        if (fs instanceof PythonFilesystem p) {
            return p.pythonObject();
        }
        Object face = session.pythonFace(fs);
        return face != null ? face : wrap(classFor(fs), fs);
    }

    public FilesystemObject wrap(PyClass type, Filesystem fs) {
        FilesystemObject o = new FilesystemObject(type, fs);
        session.setPythonFace(fs, o);
        return o;
    }

    /** A Python block-device argument as a runtime device: Java devices directly, Python objects adapted. */
    public BlockDevice blockDevice(Object o) {
        if (o instanceof BlockDeviceObject b) {
            return b.device();
        }
        return new PythonBlockDevice(o);
    }

    /** What {@code VfsRom(buf)} reads: a buffer, a block-device object's mapped region, a ROMFS file. */
    public ByteRegion region(Object o) {
        if (!(o instanceof BufferProvider)) {
            throw org.mpyjvm.language.errors.Errors.typeError("object with buffer protocol required");
        }
        return new BufferRegion(Buffers.of(o));
    }

    /** Whether a Python filesystem method exists on this filesystem (VfsRom has no mkdir: AttributeError). */
    public static boolean hasMethod(Filesystem fs, String name) {
        if (fs instanceof RomfsFilesystem) {
            return RomfsFilesystem.METHODS.contains(name);
        }
        if (fs instanceof PythonFilesystem p) {
            return PyOps.getAttributeOrNull(p.pythonObject(), name) != null;
        }
        return true;
    }
}
