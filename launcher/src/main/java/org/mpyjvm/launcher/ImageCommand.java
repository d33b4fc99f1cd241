package org.mpyjvm.launcher;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Set;
import org.mpyjvm.runtime.StorageException;
import org.mpyjvm.runtime.fs.StatVfs;

/**
 * {@code mpy image create|ls|cat|extract|info}: filesystem image files on the host, read and written by the
 * runtime's own FAT, littlefs and ROMFS code, so an image made here mounts on the simulated board (and on a real
 * one) and an image dumped from a board can be inspected without running it.
 */
final class ImageCommand {
    static final String USAGE = String.join("\n",
            "usage: mpy image create --fs fat|lfs1|lfs2|romfs --size N --block-size B [--from DIR] OUT",
            "       mpy image ls IMG [PATH]          list a directory ('{size:12} name', '/' after folders)",
            "       mpy image cat IMG PATH           a file's bytes on stdout",
            "       mpy image extract IMG DIR        copy everything out into DIR",
            "       mpy image info IMG               filesystem, block size and count needed to mount it",
            "  sizes: 4096, 0x1000, 64K, 2M; ls/cat/extract take --block-size B to override the on-disk value",
            "  fat: as VfsFat.mkfs formats it (FAT12/16, else FAT32 behind an MBR); lfs1/lfs2: as VfsLfs1.mkfs /",
            "  VfsLfs2.mkfs (read/prog/lookahead 32); romfs: as 'mpy romfs build' (sources kept, no .mpy), --size is a limit");
    private static final String SHORT_USAGE = "see 'mpy image --help'";

    private ImageCommand() {
    }

    static int run(GlobalOptions options, List<String> args, PrintStream out, StderrNotes notes)
            throws UsageException {
        if (args.isEmpty()) {
            throw new UsageException("image needs a command: create, ls, cat, extract or info; " + SHORT_USAGE);
        }
        if (args.contains("--help") || args.contains("-h")) {
            out.println(USAGE);
            return 0;
        }
        String command = args.get(0);
        CommandArgs a = CommandArgs.parse(args.subList(1, args.size()), Set.of("--fs", "--size", "--block-size",
                "--from"), Set.of(), "usage: " + usageLine(command));
        try {
            switch (command) {
                case "create":
                    return create(options, a, notes);
                case "ls": {
                    List<String> w = a.words.size() == 1 ? List.of(a.words.get(0), "/") : a.exactly(2);
                    GuestListing.ls(open(w.get(0), a).files(), w.get(1), out);
                    return 0;
                }
                case "cat": {
                    List<String> w = a.exactly(2);
                    GuestCopy.getFile(open(w.get(0), a).files(), w.get(1), out);
                    out.flush();
                    return 0;
                }
                case "extract": {
                    List<String> w = a.exactly(2);
                    long[] n = GuestCopy.getTree(open(w.get(0), a).files(), "/", Paths.get(w.get(1)));
                    notes.note("extracted " + n[0] + " files and " + n[1] + " folders into " + w.get(1));
                    return 0;
                }
                case "info":
                    return info(a.exactly(1).get(0), out);
                default:
                    throw new UsageException("unknown image command '" + command + "'; " + SHORT_USAGE);
            }
        } catch (StorageException e) {
            out.flush();
            throw new UsageException("image " + command + ": " + e.getMessage());
        } catch (IOException e) {
            throw new UsageException("image " + command + ": " + e.getMessage());
        }
    }

    private static String usageLine(String command) {
        return USAGE.lines().filter(l -> l.contains("image " + command + " ")).findFirst()
                .map(l -> l.replaceFirst("^usage: ", "").strip()).orElse(SHORT_USAGE);
    }

    private static ImageFile open(String image, CommandArgs a) throws UsageException, IOException, StorageException {
        Integer bs = a.has("--block-size") ? ByteSize.parseInt(a.value("--block-size"), "--block-size") : null;
        return ImageFile.open(Paths.get(image), bs);
    }

    private static int create(GlobalOptions options, CommandArgs a, StderrNotes notes)
            throws UsageException, IOException, StorageException {
        Path out = Paths.get(a.exactly(1).get(0));
        String fs = a.required("--fs");
        boolean romfs = fs.equals("romfs");
        long size = romfs && !a.has("--size") ? 0 : ByteSize.parse(a.required("--size"), "--size");
        int blockSize = romfs && !a.has("--block-size") ? 0
                : ByteSize.parseInt(a.required("--block-size"), "--block-size");
        Path from = a.has("--from") ? Paths.get(a.value("--from")) : null;
        if (from != null && !Files.isDirectory(from)) {
            throw new UsageException("--from '" + from + "' is not a folder");
        }
        byte[] image = new ImageCreator(ClockOption.epochSeconds(options.clock)).create(fs, size, blockSize, from);
        Files.write(out, image);
        notes.note("wrote " + out + " (" + image.length + " bytes, " + fs + ")");
        return 0;
    }

    private static int info(String image, PrintStream out) throws UsageException, IOException {
        Path path = Paths.get(image);
        ImageGeometry g = ImageFile.probe(path);
        out.println("image: " + path + " (" + Files.size(path) + " bytes)");
        g.facts().forEach(out::println);
        try {
            ImageFile f = ImageFile.open(path, null);
            StatVfs s = f.fs.statvfs("/");
            int entries = f.fs.ilistdir("/").size();
            if (g.kind() == ImageGeometry.Kind.ROMFS) {
                out.println("mounts: yes, " + entries + " entries at the top");
            } else {
                out.println("mounts: yes; statvfs: " + s.bfree() + " of " + s.blocks() + " blocks of " + s.bsize()
                        + " bytes free, " + entries + " entries at the top");
            }
            out.println("mount with: " + mountHint(g));
            return 0;
        } catch (StorageException e) {
            out.println("mounts: no (" + e.getMessage() + ")");
            return 1;
        }
    }

    private static String mountHint(ImageGeometry g) {
        return switch (g.kind()) {
            case ROMFS -> "vfs.VfsRom(buffer) on a buffer holding the image (or 'mpy romfs deploy IMG')";
            default -> "vfs." + g.kind().vfsType + "(bdev) where bdev has " + g.blockCount() + " blocks of "
                    + g.blockSize() + " bytes";
        };
    }
}
