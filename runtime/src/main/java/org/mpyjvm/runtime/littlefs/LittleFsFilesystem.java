package org.mpyjvm.runtime.littlefs;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;
import org.mpyjvm.runtime.Errno;
import org.mpyjvm.runtime.StorageException;
import org.mpyjvm.runtime.blockdev.BlockDevice;
import org.mpyjvm.runtime.fs.DirEntry;
import org.mpyjvm.runtime.fs.FileHandle;
import org.mpyjvm.runtime.fs.Filesystem;
import org.mpyjvm.runtime.fs.OpenMode;
import org.mpyjvm.runtime.fs.Stat;
import org.mpyjvm.runtime.fs.StatVfs;

/**
 * MicroPython's {@code vfs.VfsLfs2} ({@code extmod/vfs_lfsx.c}): littlefs v2 configured as MicroPython does, a
 * current directory kept as a normalised absolute path with a trailing '/', and the optional mtime user attribute
 * (type 0x01, 8 bytes little-endian nanoseconds since 1970) set at open, refreshed on write, stored on flush/close.
 *
 * <p>Deviation (vfs.md 5.2): upstream, mounting an object again after {@code umount()} gives silently wrong
 * results; here {@link #mount} re-mounts littlefs when the object was unmounted.
 */
public final class LittleFsFilesystem implements Filesystem {
    /** Seconds between 1970-01-01 and 2000-01-01: the offset for ports whose epoch is 2000. */
    public static final long EPOCH_2000_OFFSET = 946684800L;

    /**
     * Construction options: MicroPython's keyword arguments plus the host-side clock.
     *
     * @param clockNanos current time in nanoseconds since 1970 (the board's RTC)
     * @param epochOffsetSeconds subtracted from the 1970-based mtime for {@code stat} (0 or {@link #EPOCH_2000_OFFSET})
     */
    public record Options(int readSize, int progSize, int lookahead, boolean mtime, LongSupplier clockNanos,
                          long epochOffsetSeconds) {
        public static Options defaults() {
            return new Options(32, 32, 32, true, () -> System.currentTimeMillis() * 1_000_000L, 0);
        }

        public Options withMtime(boolean on) {
            return new Options(readSize, progSize, lookahead, on, clockNanos, epochOffsetSeconds);
        }

        public Options withClock(LongSupplier clock, long epochOffset) {
            return new Options(readSize, progSize, lookahead, mtime, clock, epochOffset);
        }

        public Options withSizes(int read, int prog, int look) {
            return new Options(read, prog, look, mtime, clockNanos, epochOffsetSeconds);
        }
    }

    private final BlockDevice dev;
    private final Options options;
    private final LfsConfig config;
    private LittleFs fs;
    private boolean readonly;
    private final CurrentDirectory cwd = new CurrentDirectory();

    /** {@code VfsLfs2(bdev, ...)}: mounts immediately; an unformatted device raises 84. */
    public LittleFsFilesystem(BlockDevice dev, Options options) throws StorageException {
        this.dev = dev;
        this.options = options;
        this.config = configure(dev, options);
        this.fs = LittleFs.mount(dev, config);
        this.readonly = !dev.isWritable();
    }

    /** A configuration MicroPython would not choose (e.g. small block_cycles to force relocations in tests). */
    LittleFsFilesystem(BlockDevice dev, Options options, LfsConfig config) throws StorageException {
        this.dev = dev;
        this.options = options;
        this.config = config;
        this.fs = LittleFs.mount(dev, config);
        this.readonly = !dev.isWritable();
    }

    /** {@code VfsLfs2.mkfs(bdev, ...)}. */
    public static void mkfs(BlockDevice dev, Options options) throws StorageException {
        LittleFs.format(dev, configure(dev, options));
    }

    private static LfsConfig configure(BlockDevice dev, Options o) throws StorageException {
        return configure(dev, o.readSize(), o.progSize(), o.lookahead());
    }

    /** ioctl(1, 1), then block size and count from the device, then MicroPython's littlefs configuration. */
    static LfsConfig configure(BlockDevice dev, int readSize, int progSize, int lookaheadBytes)
            throws StorageException {
        dev.init(1);
        int bs = dev.blockSize();
        long bc = dev.blockCount();
        if (bc <= 0 || bc > Integer.MAX_VALUE) {
            throw new StorageException(Errno.EINVAL, "block count out of range");
        }
        try {
            return LfsConfig.micropython(bs, (int) bc, readSize, progSize, lookaheadBytes);
        } catch (IllegalArgumentException e) {
            throw new StorageException(Errno.EINVAL, e.getMessage());
        }
    }

    /** The core, for tools and tests that need more than the VFS protocol. */
    public LittleFs core() throws StorageException {
        return mounted();
    }

    @Override
    public String typeName() {
        return "VfsLfs2";
    }

    @Override
    public void mount(boolean readonly, boolean mkfs) throws StorageException {
        // mkfs is ignored, as upstream
        if (fs == null) {
            fs = LittleFs.mount(dev, config);
        }
        this.readonly = readonly || !dev.isWritable();
    }

    @Override
    public void umount() {
        fs = null;
    }

    private LittleFs mounted() throws StorageException {
        if (fs == null) {
            throw new StorageException(Errno.ENODEV, "littlefs is unmounted");
        }
        return fs;
    }

    private LittleFs writable() throws StorageException {
        LittleFs f = mounted();
        if (readonly) {
            throw new StorageException(Errno.EROFS);
        }
        return f;
    }

    private String makePath(String path) {
        return cwd.resolve(path);
    }

    @Override
    public FileHandle open(String path, OpenMode mode) throws StorageException {
        boolean write = mode.write();
        LittleFs f = write ? writable() : mounted();
        byte[] attr = null;
        if (options.mtime()) {
            attr = new byte[8];
            putLong(attr, options.clockNanos().getAsLong());
        }
        LfsFile.Flags flags = new LfsFile.Flags(mode.read(), write, mode.create(), mode.exclusive(),
                mode.truncate(), mode.append());
        LfsFile file = f.open(makePath(path), flags, attr);
        return new LfsFileHandle(file, options.mtime() ? options.clockNanos() : null, write ? null : this);
    }

    static void putLong(byte[] b, long v) {
        Le.put32(b, 0, (int) v);
        Le.put32(b, 4, (int) (v >>> 32));
    }

    /** A write through a handle opened read-only still needs a writable mount (upstream: the write persists). */
    void checkWritable() throws StorageException {
        writable();
    }

    @Override
    public List<DirEntry> ilistdir(String path) throws StorageException {
        List<DirEntry> out = new ArrayList<>();
        for (LittleFs.Info i : mounted().list(makePath(path))) {
            out.add(new DirEntry(i.name(), i.isDir() ? DirEntry.DIR : DirEntry.FILE, 0, i.size()));
        }
        return out;
    }

    @Override
    public Stat stat(String path) throws StorageException {
        LittleFs.Info i = mounted().stat(makePath(path));
        long mtime = 0;
        if (!i.isDir() && i.mtime() != null && i.mtime().length == 8) {
            long ns = Integer.toUnsignedLong(Le.get32(i.mtime(), 0)) | (long) Le.get32(i.mtime(), 4) << 32;
            mtime = Long.divideUnsigned(ns, 1_000_000_000L) - options.epochOffsetSeconds();
        }
        return new Stat(i.isDir() ? DirEntry.DIR : DirEntry.FILE, i.size(), mtime);
    }

    @Override
    public StatVfs statvfs(String path) throws StorageException {
        LittleFs f = mounted();
        long bs = config.blockSize();
        long count = config.blockCount();
        long free = count - f.usedBlocks();
        return new StatVfs(bs, bs, count, free, free, 0, 0, 0, 0, LfsConfig.NAME_MAX);
    }

    @Override
    public void mkdir(String path) throws StorageException {
        writable().mkdir(makePath(path));
    }

    /** Upstream calls lfs_remove for rmdir too, so rmdir also removes a file (os.md quirk). */
    @Override
    public void rmdir(String path) throws StorageException {
        writable().remove(makePath(path));
    }

    @Override
    public void remove(String path) throws StorageException {
        writable().remove(makePath(path));
    }

    @Override
    public void rename(String oldPath, String newPath) throws StorageException {
        writable().rename(makePath(oldPath), makePath(newPath));
    }

    @Override
    public void chdir(String path) throws StorageException {
        LittleFs f = mounted();
        cwd.change(path, p -> f.stat(p).isDir());
    }

    @Override
    public String getcwd() {
        return cwd.get();
    }

    /** os.sync() does nothing for littlefs: files commit on flush/close. */
    @Override
    public void sync() {
    }
}
