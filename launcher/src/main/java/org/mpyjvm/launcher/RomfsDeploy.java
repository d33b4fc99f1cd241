package org.mpyjvm.launcher;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.Optional;
import org.mpyjvm.ports.port.RomIoctl;
import org.mpyjvm.runtime.StorageException;
import org.mpyjvm.runtime.vfs.Vfs;

/**
 * {@code romfs deploy}: writes an image into a ROM partition through the port's {@code rom_ioctl} exactly as
 * mpremote drives it (romfs.md 7.3): size line, header and size checks, umount of {@code /rom}, erase (a
 * block-device object: {@code ioctl(6, n)} per block; else op 3, in pieces when op 6 gives a granularity), chunks
 * of {@code max(4096, min write)} (object: {@code min(4096, block)}) with the last one zero-padded, op 5, then
 * a read-back verification that mpremote does not do. Stdout carries mpremote's own lines; a progress bar for big
 * images and the verification note go to stderr.
 */
final class RomfsDeploy {
    private static final int CHUNK = 4096;
    private static final long PREPARE_PIECE = 32768;

    private final PrintStream out;
    private final PrintStream err;
    private final StderrNotes notes;
    private final boolean quiet;

    RomfsDeploy(PrintStream out, PrintStream err, StderrNotes notes, boolean quiet) {
        this.out = out;
        this.err = err;
        this.notes = notes;
        this.quiet = quiet;
    }

    int run(byte[] image, int id, Optional<RomIoctl> romIoctl, Vfs vfs) throws CommandFailure {
        out.println("Image size is " + image.length + " bytes");
        if (romIoctl.isEmpty()) {
            throw new CommandFailure("ROMFS is not enabled on this device");
        }
        RomIoctl ioctl = romIoctl.get();
        RomPartition p = RomPartition.of(ioctl, id).orElseThrow(() ->
                new CommandFailure("ROMFS" + id + " partition not found on device"));
        out.println(p.sizeLine());
        if (image.length < 3 || (image[0] & 0xFF) != 0xD2 || (image[1] & 0xFF) != 0xCD || image[2] != 0x31) {
            out.println("Invalid ROMFS image");
            return 1;
        }
        if (image.length > p.size()) {
            out.println("ROMFS image is too big for the target partition");
            return 1;
        }
        out.println("Preparing ROMFS" + id + " partition for writing");
        try {
            vfs.umount("/rom");
        } catch (StorageException | RuntimeException e) {
            // mpremote: try: vfs.umount('/rom') except: pass
        }
        int chunk = p.hasObject() ? eraseBlocks(p, image.length) : prepare(ioctl, p, image.length);
        write(ioctl, p, image, chunk);
        if (!p.hasObject()) {
            ioctl.complete(id);
        }
        out.println();
        out.println("ROMFS image deployed");
        out.flush();
        verify(p, image);
        return 0;
    }

    private int eraseBlocks(RomPartition p, int length) throws CommandFailure {
        int bs = (int) p.blockSize();
        try {
            for (long offset = 0; offset < length; offset += bs) {
                p.device().erase(offset / bs);
            }
        } catch (StorageException e) {
            throw new CommandFailure("erasing ROMFS" + p.id() + " failed: " + e.getMessage());
        }
        return Math.min(CHUNK, bs);
    }

    private int prepare(RomIoctl ioctl, RomPartition p, int length) throws CommandFailure {
        int granularity = ioctl.granularity(p.id());
        int minWrite;
        if (granularity > 0 && granularity < p.size()) {
            long piece = (PREPARE_PIECE + granularity - 1) / granularity * granularity;
            minWrite = 0;
            for (long offset = 0; offset < length; offset += piece) {
                long n = Math.min(piece, (length - offset + granularity - 1) / granularity * granularity);
                minWrite = ioctl.prepare(p.id(), offset, n);
                if (minWrite < 0) {
                    break;
                }
            }
        } else {
            minWrite = ioctl.prepare(p.id(), length);
        }
        if (minWrite < 0) {
            throw new CommandFailure("preparing ROMFS" + p.id() + " failed: rom_ioctl(3) returned " + minWrite);
        }
        return Math.max(CHUNK, minWrite);
    }

    private void write(RomIoctl ioctl, RomPartition p, byte[] image, int chunk) throws CommandFailure {
        ProgressBar bar = new ProgressBar(err, quiet, "writing", image.length);
        for (int offset = 0; offset < image.length; offset += chunk) {
            byte[] buf = Arrays.copyOfRange(image, offset, offset + chunk);
            out.print("\rWriting at offset " + offset);
            out.flush();
            int rc;
            if (p.hasObject()) {
                int bs = (int) p.blockSize();
                try {
                    p.device().program(offset / bs, offset % bs, buf, 0, buf.length);
                    rc = 0;
                } catch (StorageException e) {
                    rc = -e.errno();
                }
            } else {
                rc = ioctl.write(p.id(), offset, buf, 0, buf.length);
            }
            if (rc < 0) {
                bar.finish();
                out.println();
                throw new CommandFailure("writing ROMFS" + p.id() + " at offset " + offset + " failed (" + rc + ")");
            }
            bar.update(offset + chunk);
        }
        bar.finish();
    }

    private void verify(RomPartition p, byte[] image) throws CommandFailure {
        byte[] back = new byte[image.length];
        p.bytes().read(0, back, 0, back.length);
        int mismatch = Arrays.mismatch(image, back);
        if (mismatch >= 0) {
            throw new CommandFailure("verification failed: ROMFS" + p.id() + " differs from the image at offset "
                    + mismatch);
        }
        notes.note("verified " + image.length + " bytes in ROMFS" + p.id()
                + "; it is mounted at /rom from the next run on (a soft reset)");
    }

    /** Image bytes for deploy: an existing .img/.romfs file as is, else the folder built as mpremote does. */
    static byte[] load(String source, PrintStream out) throws CommandFailure {
        Path path = Paths.get(source);
        try {
            if (Files.isRegularFile(path) && (source.endsWith(".img") || source.endsWith(".romfs"))) {
                return Files.readAllBytes(path);
            }
            if (Files.isDirectory(path)) {
                return RomfsCommand.buildImage(path, out);
            }
        } catch (IOException e) {
            throw new CommandFailure("romfs deploy: " + e.getMessage());
        }
        throw new CommandFailure("romfs deploy: '" + source + "' is neither an image file (.img, .romfs) nor a folder");
    }
}
