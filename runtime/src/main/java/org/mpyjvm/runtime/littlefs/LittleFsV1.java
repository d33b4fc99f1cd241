package org.mpyjvm.runtime.littlefs;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
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
 * MicroPython's {@code vfs.VfsLfs1} ({@code extmod/vfs_lfsx.c} built against {@code lib/littlefs/lfs1.c}): the
 * littlefs v1 format (v1.7, disk version 1.1), read and written by {@link V1Volume}. Configuration as MicroPython
 * passes it: {@code read_size}, {@code prog_size} (v1's read and program caches are exactly one unit each),
 * {@code lookahead} in blocks (bits), no block_cycles. v1 stores no timestamps: stat times are 0. statvfs counts
 * used blocks by traversal (both blocks of every pair, every file block, blocks of files being written).
 *
 * <p>Deviation (as for VfsLfs2): mounting the object again after {@code umount()} re-mounts littlefs.
 */
public final class LittleFsV1 implements Filesystem {
    private final BlockDevice dev;
    private final LfsConfig config;
    private V1Volume vol;
    private boolean readonly;
    private final CurrentDirectory cwd = new CurrentDirectory();

    /** {@code VfsLfs1(bdev, ...)}: mounts immediately; an unformatted device raises 84. */
    public LittleFsV1(BlockDevice dev, LittleFsFilesystem.Options options) throws StorageException {
        this.dev = dev;
        this.config = configure(dev, options);
        this.vol = V1Volume.mount(dev, config);
        this.readonly = !dev.isWritable();
    }

    /** {@code VfsLfs1.mkfs(bdev, ...)}. */
    public static void mkfs(BlockDevice dev, LittleFsFilesystem.Options options) throws StorageException {
        V1Formatter.format(dev, configure(dev, options));
    }

    /** ioctl(1, 1), geometry from the device, then v1's configuration (lookahead counted in blocks). */
    static LfsConfig configure(BlockDevice dev, LittleFsFilesystem.Options o) throws StorageException {
        dev.init(1);
        int bs = dev.blockSize();
        long bc = dev.blockCount();
        int read = o.readSize();
        int prog = o.progSize();
        if (bc <= 0 || bc > Integer.MAX_VALUE) {
            throw new StorageException(Errno.EINVAL, "block count out of range");
        }
        if (read <= 0 || prog <= 0 || prog % read != 0 || bs < V1Dir.EMPTY + 32 || bs % prog != 0) {
            throw new StorageException(Errno.EINVAL, "littlefs v1 needs prog size a multiple of read size and "
                    + "block size a multiple of prog size");
        }
        return new LfsConfig(read, prog, bs, (int) bc, 0, prog, Math.max(1, o.lookahead() / 8), LfsConfig.NAME_MAX,
                LfsConfig.FILE_MAX, 0, 0);
    }

    /** The mounted core, for tests that inspect blocks. */
    V1Volume volume() throws StorageException {
        return mounted();
    }

    private V1Volume mounted() throws StorageException {
        if (vol == null) {
            throw new StorageException(Errno.ENODEV, "littlefs is unmounted");
        }
        return vol;
    }

    private V1Volume writable() throws StorageException {
        V1Volume v = mounted();
        if (readonly) {
            throw new StorageException(Errno.EROFS);
        }
        return v;
    }

    @Override
    public String typeName() {
        return "VfsLfs1";
    }

    @Override
    public void mount(boolean readonly, boolean mkfs) throws StorageException {
        // mkfs is ignored, as upstream
        if (vol == null) {
            vol = V1Volume.mount(dev, config);
        }
        this.readonly = readonly || !dev.isWritable();
    }

    @Override
    public void umount() {
        vol = null;
    }

    @Override
    public FileHandle open(String path, OpenMode mode) throws StorageException {
        V1Volume v = mode.write() ? writable() : mounted();
        return v.open(cwd.resolve(path), mode.read(), mode.write(), mode.create(), mode.exclusive(), mode.truncate(),
                mode.append());
    }

    @Override
    public List<DirEntry> ilistdir(String path) throws StorageException {
        List<DirEntry> out = new ArrayList<>();
        for (V1Entry e : mounted().list(cwd.resolve(path))) {
            out.add(new DirEntry(new String(e.name(), StandardCharsets.UTF_8), e.isDir() ? DirEntry.DIR : DirEntry.FILE,
                    0, e.isDir() ? 0 : e.fileSize()));
        }
        return out;
    }

    @Override
    public Stat stat(String path) throws StorageException {
        V1Entry e = mounted().stat(cwd.resolve(path));
        return e.isDir() ? new Stat(DirEntry.DIR, 0, 0) : new Stat(DirEntry.FILE, e.fileSize(), 0);
    }

    @Override
    public StatVfs statvfs(String path) throws StorageException {
        long bs = config.blockSize();
        long free = config.blockCount() - mounted().usedBlocks();
        return new StatVfs(bs, bs, config.blockCount(), free, free, 0, 0, 0, 0, LfsConfig.NAME_MAX);
    }

    @Override
    public void mkdir(String path) throws StorageException {
        writable().mkdir(cwd.resolve(path));
    }

    /** Upstream calls lfs1_remove for rmdir too, so rmdir also removes a file. */
    @Override
    public void rmdir(String path) throws StorageException {
        writable().remove(cwd.resolve(path));
    }

    @Override
    public void remove(String path) throws StorageException {
        writable().remove(cwd.resolve(path));
    }

    @Override
    public void rename(String oldPath, String newPath) throws StorageException {
        writable().rename(cwd.resolve(oldPath), cwd.resolve(newPath));
    }

    @Override
    public void chdir(String path) throws StorageException {
        V1Volume v = mounted();
        cwd.change(path, p -> v.stat(p).isDir());
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
