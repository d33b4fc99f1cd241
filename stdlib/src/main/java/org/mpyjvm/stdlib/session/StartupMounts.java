package org.mpyjvm.stdlib.session;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.mpyjvm.ports.board.Mount;
import org.mpyjvm.ports.board.Region;
import org.mpyjvm.ports.memory.MemoryRegion;
import org.mpyjvm.ports.memory.RegionBlockDevice;
import org.mpyjvm.ports.port.RomIoctl;
import org.mpyjvm.ports.port.SegmentResult;
import org.mpyjvm.runtime.StorageException;
import org.mpyjvm.runtime.blockdev.BlockDevice;
import org.mpyjvm.runtime.detect.DetectedFilesystem;
import org.mpyjvm.runtime.detect.FilesystemDetector;
import org.mpyjvm.runtime.fat.FatFilesystem;
import org.mpyjvm.runtime.fs.Filesystem;
import org.mpyjvm.runtime.littlefs.LittleFsFilesystem;
import org.mpyjvm.runtime.posix.PosixFilesystem;
import org.mpyjvm.runtime.romfs.RomfsFilesystem;

/**
 * The board's start-up (BOARDS.md 0 and 5): ROM segment 0 at {@code /rom} when it holds a valid image (as
 * {@code mp_init} does, silently skipped otherwise), then the port's own mounts in order, changing directory as
 * the port does. Every failure is silent, as on the boards. Returns the mount points that were made, from which
 * {@code sys.path} is trimmed. Not done here: the default files a port writes on its first start
 * ({@code boot.py}, stm32's factory files) and CircuitPython's partitioned CIRCUITPY format.
 */
final class StartupMounts {
    private final Session session;
    private final List<String> mounted = new ArrayList<>();

    StartupMounts(Session session) {
        this.session = session;
    }

    List<String> run() {
        if (session.port() == null || session.port().hasVfs()) {
            session.romIoctl().ifPresent(this::mountRom);
        }
        for (Mount m : session.board().mounts()) {
            try {
                mountOne(m);
            } catch (StorageException | IOException | RuntimeException e) {
                // A board that cannot mount its storage at start simply runs without it.
            }
        }
        return mounted;
    }

    private void mountRom(RomIoctl ioctl) {
        try {
            SegmentResult seg = ioctl.segment(0);
            org.mpyjvm.runtime.romfs.ByteRegion region;
            if (seg instanceof SegmentResult.Memory m) {
                region = m.region();
            } else if (seg instanceof SegmentResult.Device d) {
                region = d.device().region();
            } else {
                return;
            }
            RomfsFilesystem rom = new RomfsFilesystem(region);
            session.vfs().mount(rom, "/rom", false, false);
            mounted.add("/rom");
        } catch (StorageException | RuntimeException e) {
            // No valid image: /rom is just not mounted.
        }
    }

    private void mountOne(Mount m) throws StorageException, IOException {
        if (m.options().getOrDefault("when", "").contains("SKIPSD") && exists("/flash/SKIPSD")) {
            return;
        }
        Filesystem fs = switch (m.source()) {
            case "host" -> session.device().root() == null ? null : new PosixFilesystem(session.device().root());
            case "rom" -> null;
            default -> onDevice(m, device(m.source()));
        };
        if (fs == null) {
            return;
        }
        session.vfs().mount(fs, m.path(), false, false);
        mounted.add(m.path());
        if ("yes".equals(m.options().get("cwd"))) {
            session.vfs().chdir(m.path());
        }
    }

    private boolean exists(String path) {
        try {
            session.vfs().stat(path);
            return true;
        } catch (StorageException e) {
            return false;
        }
    }

    /** A mount source: a storage/user region with its block size, or a whole medium (an SD card, 512-byte sectors). */
    private BlockDevice device(String source) {
        Region r = session.board().region(source).orElse(null);
        if (r != null && r.blockSize() > 0 && session.port() != null) {
            return session.port().regionDevice(session.board(), session.mediaSource(), source);
        }
        MemoryRegion medium = r != null ? session.medium(r.medium()).window(r.offset(), r.size())
                : session.medium(source);
        if (medium == null) {
            throw new IllegalArgumentException("no mount source " + source);
        }
        return new RegionBlockDevice(medium, 512);
    }

    /** {@code fs=auto|lfs2|fat}; {@code mkfs=first-start} formats littlefs when nothing is found. */
    private Filesystem onDevice(Mount m, BlockDevice dev) throws StorageException {
        int progsize = Integer.parseInt(m.options().getOrDefault("progsize", "32"));
        LittleFsFilesystem.Options lfs = session.lfsOptions(32, progsize, 32, true);
        boolean formatLfs = m.mkfs().equals("first-start");
        switch (m.fs()) {
            case "lfs2":
                return littlefs(dev, lfs, formatLfs);
            case "fat":
                return formattedFat(dev);
            default:
                if (FilesystemDetector.detect(dev) == DetectedFilesystem.LFS2) {
                    return littlefs(dev, lfs, false);
                }
                Filesystem fat = formattedFat(dev);
                return fat != null || !formatLfs ? fat : littlefs(dev, lfs, true);
        }
    }

    private static Filesystem littlefs(BlockDevice dev, LittleFsFilesystem.Options o, boolean format)
            throws StorageException {
        try {
            return new LittleFsFilesystem(dev, o);
        } catch (StorageException e) {
            if (!format) {
                throw e;
            }
            LittleFsFilesystem.mkfs(dev, o);
            return new LittleFsFilesystem(dev, o);
        }
    }

    private Filesystem formattedFat(BlockDevice dev) throws StorageException {
        FatFilesystem fat = new FatFilesystem(dev, session.fatClock());
        return fat.isFormatted() ? fat : null;
    }
}
