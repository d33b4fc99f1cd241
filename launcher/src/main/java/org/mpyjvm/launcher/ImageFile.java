package org.mpyjvm.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import org.mpyjvm.runtime.StorageException;
import org.mpyjvm.runtime.blockdev.RamDisk;
import org.mpyjvm.runtime.fat.FatFilesystem;
import org.mpyjvm.runtime.fs.Filesystem;
import org.mpyjvm.runtime.littlefs.LittleFsFilesystem;
import org.mpyjvm.runtime.littlefs.LittleFsV1;
import org.mpyjvm.runtime.romfs.ByteRegion;
import org.mpyjvm.runtime.romfs.RomfsFilesystem;

/**
 * An image file opened read-only with the runtime's own filesystems, on a heap block device of the geometry the
 * on-disk structures state ({@link ImageProbe}); {@code --block-size} overrides it. The file itself is never
 * written: the heap copy absorbs anything a mount might write.
 */
final class ImageFile {
    /** Heap copies beyond this are refused rather than risking the JVM's memory. */
    static final long MAX_BYTES = 1L << 30;

    final Path path;
    final ImageGeometry geometry;
    final Filesystem fs;

    private ImageFile(Path path, ImageGeometry geometry, Filesystem fs) {
        this.path = path;
        this.geometry = geometry;
        this.fs = fs;
    }

    static ImageGeometry probe(Path path) throws UsageException, IOException {
        if (!Files.isRegularFile(path)) {
            throw new UsageException("no image file '" + path + "'");
        }
        ImageGeometry g = ImageProbe.probe(path);
        if (g == null) {
            throw new UsageException("'" + path + "' holds no FAT, littlefs or ROMFS filesystem that mpy recognises");
        }
        return g;
    }

    /** Opens {@code path}; {@code blockSize} null to use the geometry on disk. */
    static ImageFile open(Path path, Integer blockSize) throws UsageException, IOException, StorageException {
        ImageGeometry g = probe(path);
        long size = Files.size(path);
        if (size > MAX_BYTES) {
            throw new UsageException("'" + path + "' is larger than the image tools handle (1 GiB)");
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new UsageException("no image file '" + path + "'");
        }
        if (g.kind() == ImageGeometry.Kind.ROMFS) {
            return new ImageFile(path, g, new RomfsFilesystem(ByteRegion.of(bytes)));
        }
        int bs = blockSize != null ? blockSize : g.blockSize();
        long count = g.kind() == ImageGeometry.Kind.FAT || blockSize != null ? Math.max(1, size / bs) : g.blockCount();
        if (bs <= 0 || count * bs > MAX_BYTES) {
            throw new UsageException("block size " + bs + " does not fit image '" + path + "'");
        }
        RamDisk disk = new RamDisk(bs, Arrays.copyOf(bytes, (int) (count * bs)));
        Filesystem fs = switch (g.kind()) {
            case FAT -> new FatFilesystem(disk);
            case LFS2 -> new LittleFsFilesystem(disk, LittleFsFilesystem.Options.defaults());
            case LFS1 -> new LittleFsV1(disk, LittleFsFilesystem.Options.defaults());
            case ROMFS -> throw new IllegalStateException();
        };
        if (fs instanceof FatFilesystem fat && !fat.isFormatted()) {
            throw new StorageException(org.mpyjvm.runtime.Errno.ENODEV, "the FAT volume does not mount with block size "
                    + bs);
        }
        return new ImageFile(path, g, fs);
    }

    GuestFiles files() throws StorageException {
        return GuestFiles.of(fs);
    }
}
