package org.mpyjvm.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.mpyjvm.runtime.StorageException;
import org.mpyjvm.runtime.blockdev.RamDisk;
import org.mpyjvm.runtime.fat.FatClock;
import org.mpyjvm.runtime.fat.FatFilesystem;
import org.mpyjvm.runtime.fs.Filesystem;
import org.mpyjvm.runtime.littlefs.LittleFsFilesystem;
import org.mpyjvm.runtime.littlefs.LittleFsV1;
import org.mpyjvm.runtime.romfs.RomfsBuilder;

/**
 * {@code image create}: formats a heap block device exactly as MicroPython's {@code VfsFat.mkfs} /
 * {@code VfsLfs1.mkfs} / {@code VfsLfs2.mkfs} would (FAT devices start zeroed, littlefs ones erased to 0xFF like NOR flash), copies a host
 * folder in through the filesystem itself, and writes the raw device bytes. Files and folders get their host
 * modification time (or the fixed {@code --clock}), so the same folder gives the same image.
 */
final class ImageCreator {
    /** The timestamp the filesystem stamps on the entry being copied, in seconds since 1970. */
    private long stampSeconds;
    private final Long fixedSeconds;

    ImageCreator(Long fixedSeconds) {
        this.fixedSeconds = fixedSeconds;
        this.stampSeconds = fixedSeconds != null ? fixedSeconds : System.currentTimeMillis() / 1000;
    }

    /** The raw image of a {@code fs} filesystem of {@code size} bytes in blocks of {@code blockSize}. */
    byte[] create(String fs, long size, int blockSize, Path from) throws IOException, StorageException,
            UsageException {
        if (fs.equals("romfs")) {
            return romfs(size, from);
        }
        if (blockSize <= 0 || size % blockSize != 0 || size / blockSize < 2) {
            throw new UsageException("--size " + size + " must be a multiple (at least 2) of --block-size " + blockSize);
        }
        if (size > ImageFile.MAX_BYTES) {
            throw new UsageException("--size is limited to 1 GiB for image files");
        }
        int count = (int) (size / blockSize);
        RamDisk disk;
        Filesystem filesystem;
        if (fs.equals("fat")) {
            disk = new RamDisk(blockSize, count, (byte) 0);
            // FAT keeps local time: host files are stamped in the host's zone, a fixed --clock is taken as UTC.
            ZoneId zone = fixedSeconds != null ? ZoneOffset.UTC : ZoneId.systemDefault();
            FatClock clock = () -> LocalDateTime.ofInstant(Instant.ofEpochSecond(stampSeconds), zone);
            FatFilesystem.mkfs(disk, clock);
            filesystem = new FatFilesystem(disk, clock);
        } else if (fs.equals("lfs2")) {
            disk = new RamDisk(blockSize, count, (byte) 0xFF);
            LittleFsFilesystem.Options options = LittleFsFilesystem.Options.defaults()
                    .withClock(() -> stampSeconds * 1_000_000_000L, 0);
            LittleFsFilesystem.mkfs(disk, options);
            filesystem = new LittleFsFilesystem(disk, options);
        } else if (fs.equals("lfs1")) {
            // littlefs v1 keeps no timestamps
            disk = new RamDisk(blockSize, count, (byte) 0xFF);
            LittleFsFilesystem.Options options = LittleFsFilesystem.Options.defaults();
            LittleFsV1.mkfs(disk, options);
            filesystem = new LittleFsV1(disk, options);
        } else {
            throw new UsageException("--fs takes fat, lfs1, lfs2 or romfs, not '" + fs + "'");
        }
        if (from != null) {
            GuestCopy.putTree(from, GuestFiles.of(filesystem), "/", this::stampFrom);
        }
        filesystem.sync();
        filesystem.umount();
        return disk.bytes();
    }

    private byte[] romfs(long size, Path from) throws IOException, UsageException {
        byte[] image = from == null ? new byte[] {(byte) 0xD2, (byte) 0xCD, 0x31, 0} : RomfsBuilder.build(from);
        if (size > 0 && image.length > size) {
            throw new UsageException("the ROMFS image of '" + from + "' is " + image.length
                    + " bytes, more than --size " + size);
        }
        return image;
    }

    private void stampFrom(Path host) {
        if (fixedSeconds != null) {
            return;
        }
        try {
            stampSeconds = Files.getLastModifiedTime(host).toMillis() / 1000;
        } catch (IOException e) {
            // keep the previous stamp: a timestamp is not worth failing the image for
        }
    }
}
