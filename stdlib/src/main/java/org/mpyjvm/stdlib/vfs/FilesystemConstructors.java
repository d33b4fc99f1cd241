package org.mpyjvm.stdlib.vfs;

import java.io.IOException;
import java.nio.file.Path;
import org.mpyjvm.language.errors.Errors;
import org.mpyjvm.language.runtime.PyClass;
import org.mpyjvm.language.runtime.PyKeywords;
import org.mpyjvm.language.runtime.PyNone;
import org.mpyjvm.language.spi.Builtin;
import org.mpyjvm.runtime.Errno;
import org.mpyjvm.runtime.blockdev.BlockDevice;
import org.mpyjvm.runtime.fat.FatFilesystem;
import org.mpyjvm.runtime.littlefs.LittleFsFilesystem;
import org.mpyjvm.runtime.littlefs.LittleFsV1;
import org.mpyjvm.runtime.posix.PosixFilesystem;
import org.mpyjvm.runtime.romfs.RomfsFilesystem;
import org.mpyjvm.stdlib.bridge.Args;
import org.mpyjvm.stdlib.bridge.OsErrors;
import org.mpyjvm.stdlib.session.Session;

/** The constructors and {@code mkfs} staticmethods of the filesystem classes, with upstream's argument rules. */
public final class FilesystemConstructors {
    private FilesystemConstructors() {
    }

    /** {@code VfsFat(block_dev)} and {@code VfsFat.mkfs(block_dev)}: exactly one positional argument. */
    public static final class Fat {
        private final Session session;

        public Fat(Session session) {
            this.session = session;
        }

        @Builtin(name = "__new__", minArgs = 2)
        public Object create(Object[] a) {
            FatFilesystem fs = OsErrors.call(() -> new FatFilesystem(session.fsTypes().blockDevice(a[1]),
                    session.fatClock()));
            return session.fsTypes().wrap((PyClass) a[0], fs);
        }

        @Builtin(name = "mkfs", minArgs = 1)
        public Object mkfs(Object[] a) {
            BlockDevice dev = session.fsTypes().blockDevice(a[0]);
            // upstream builds a VfsFat first (its f_mount probes sector 0), then runs f_mkfs on it
            OsErrors.call(() -> new FatFilesystem(dev, session.fatClock()));
            OsErrors.call(() -> FatFilesystem.mkfs(dev, session.fatClock()));
            return PyNone.INSTANCE;
        }
    }

    /**
     * {@code VfsLfs2(block_dev, *, readsize=32, progsize=32, lookahead=32, mtime=True)}: every option is
     * keyword-only (upstream code, not its docs), so a second positional raises
     * {@code TypeError: extra positional arguments given}; {@code mkfs} parses the same way.
     */
    public static final class Lfs2 {
        private final Session session;

        public Lfs2(Session session) {
            this.session = session;
        }

        LittleFsFilesystem.Options options(Object[] a, int positional, PyKeywords kw) {
            if (a.length > positional) {
                throw Errors.typeError("extra positional arguments given");
            }
            if (a.length < positional) {
                throw Errors.typeError("function missing 1 required positional arguments");
            }
            Args.onlyKeywords(kw, "readsize", "progsize", "lookahead", "mtime");
            return session.lfsOptions(Args.toInt(Args.keyword(kw, "readsize", 32L)),
                    Args.toInt(Args.keyword(kw, "progsize", 32L)), Args.toInt(Args.keyword(kw, "lookahead", 32L)),
                    Args.truth(Args.keyword(kw, "mtime", Boolean.TRUE)));
        }

        @Builtin(name = "__new__", minArgs = 1, maxArgs = Integer.MAX_VALUE, keywords = true)
        public Object create(Object[] a, PyKeywords kw) {
            LittleFsFilesystem.Options o = options(a, 2, kw);
            LittleFsFilesystem fs = OsErrors.call(() -> new LittleFsFilesystem(session.fsTypes().blockDevice(a[1]),
                    o));
            return session.fsTypes().wrap((PyClass) a[0], fs);
        }

        @Builtin(name = "mkfs", minArgs = 0, maxArgs = Integer.MAX_VALUE, keywords = true)
        public Object mkfs(Object[] a, PyKeywords kw) {
            LittleFsFilesystem.Options o = options(a, 1, kw);
            OsErrors.run(() -> LittleFsFilesystem.mkfs(session.fsTypes().blockDevice(a[0]), o));
            return PyNone.INSTANCE;
        }
    }

    /**
     * {@code VfsLfs1(block_dev, *, readsize=32, progsize=32, lookahead=32, mtime=True)} and {@code VfsLfs1.mkfs}:
     * the same argument rules as VfsLfs2 (mtime accepted and unused: v1 stores no timestamps; lookahead counts
     * blocks).
     */
    public static final class Lfs1 {
        private final Session session;
        private final Lfs2 options;

        public Lfs1(Session session) {
            this.session = session;
            this.options = new Lfs2(session);
        }

        @Builtin(name = "__new__", minArgs = 1, maxArgs = Integer.MAX_VALUE, keywords = true)
        public Object create(Object[] a, PyKeywords kw) {
            LittleFsFilesystem.Options o = options.options(a, 2, kw);
            LittleFsV1 fs = OsErrors.call(() -> new LittleFsV1(session.fsTypes().blockDevice(a[1]), o));
            return session.fsTypes().wrap((PyClass) a[0], fs);
        }

        @Builtin(name = "mkfs", minArgs = 0, maxArgs = Integer.MAX_VALUE, keywords = true)
        public Object mkfs(Object[] a, PyKeywords kw) {
            LittleFsFilesystem.Options o = options.options(a, 1, kw);
            OsErrors.run(() -> LittleFsV1.mkfs(session.fsTypes().blockDevice(a[0]), o));
            return PyNone.INSTANCE;
        }
    }

    /** {@code VfsRom(buffer)}: any object with the buffer protocol; ENODEV when it holds no image. */
    public static final class Rom {
        private final Session session;

        public Rom(Session session) {
            this.session = session;
        }

        @Builtin(name = "__new__", minArgs = 2)
        public Object create(Object[] a) {
            RomfsFilesystem fs = OsErrors.call(() -> new RomfsFilesystem(session.fsTypes().region(a[1])));
            return session.fsTypes().wrap((PyClass) a[0], fs);
        }
    }

    /**
     * {@code VfsPosix(root=None)}: a host folder. Without an argument, the device's own {@code root/} folder (the
     * unix board's {@code /}); with one, that host folder, confined like the root.
     */
    public static final class Posix {
        private final Session session;

        public Posix(Session session) {
            this.session = session;
        }

        @Builtin(name = "__new__", minArgs = 1, maxArgs = 2)
        public Object create(Object[] a) {
            Path root = a.length > 1 && !Args.isNone(a[1]) ? Path.of(Args.str(a[1])) : session.device().root();
            if (root == null) {
                throw OsErrors.oserror(Errno.ENODEV);
            }
            try {
                return session.fsTypes().wrap((PyClass) a[0], new PosixFilesystem(root));
            } catch (IOException e) {
                throw OsErrors.oserror(Errno.ENOENT);
            }
        }
    }
}
