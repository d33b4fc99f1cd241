package org.mpyjvm.launcher;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Set;
import org.mpyjvm.runtime.romfs.RomfsBuilder;

/**
 * {@code mpy romfs build|query|deploy}, mpremote's {@code romfs} command: options may come before the command
 * (mpremote's order, {@code --output IMG build DIR}) or after its path (the seed's {@code build lib/ --output
 * romfs.img}). {@code build} writes the same bytes as mpremote's builder with {@code .py} sources kept
 * ({@code --no-mpy}); compiling to {@code .mpy} is not supported. {@code query} and {@code deploy} act on the
 * selected board's device through its port's {@code rom_ioctl}.
 */
final class RomfsCommand {
    static final String USAGE = String.join("\n",
            "usage: mpy [--board B] [--device DIR|--fresh] romfs [-o IMG] [-p N] build|query|deploy [PATH]",
            "  build DIR --output IMG   the ROMFS image of DIR (default IMG: DIR.romfs); .py files are kept as",
            "                           source: .mpy compilation is not supported (--mpy is refused, --no-mpy is the",
            "                           default)",
            "  query                    each ROM partition of the device: size, first bytes, image size",
            "  deploy IMG|DIR           write an image (.img/.romfs file, or a folder built on the fly) to ROM",
            "                           partition N (--partition/-p, default 0) through rom_ioctl, then verify it;",
            "                           the new image is mounted at /rom from the next run on");
    private static final String SHORT = "usage: mpy romfs build DIR --output IMG | romfs query | romfs deploy IMG "
            + "[--partition N]";

    private RomfsCommand() {
    }

    static int run(GlobalOptions options, List<String> args, PrintStream out, PrintStream err, StderrNotes notes)
            throws UsageException, CommandFailure {
        if (args.contains("--help") || args.contains("-h")) {
            out.println(USAGE);
            return 0;
        }
        CommandArgs a = CommandArgs.parse(args, Set.of("--output", "-o", "--partition", "-p"),
                Set.of("--no-mpy", "--mpy", "-m"), SHORT);
        if (a.has("--mpy") || a.has("-m")) {
            throw new UsageException("--mpy: compiling to .mpy is not supported; images keep .py sources (--no-mpy)");
        }
        if (a.words.isEmpty()) {
            throw a.misuse("romfs needs a command");
        }
        String output = a.has("--output") ? a.value("--output") : a.value("-o");
        String partition = a.has("--partition") ? a.value("--partition") : a.value("-p");
        switch (a.words.get(0)) {
            case "build":
                return build(a.exactly(2).get(1), output, out);
            case "query":
                a.exactly(1);
                try (BoardSession board = BoardSession.open(options, out, err, notes)) {
                    return RomfsQuery.run(board.session.romIoctl(), out);
                }
            case "deploy": {
                String source = a.exactly(2).get(1);
                int id = partition == null ? 0 : (int) ByteSize.parse(partition, "--partition");
                byte[] image = RomfsDeploy.load(source, out);
                try (BoardSession board = BoardSession.open(options, out, err, notes)) {
                    return new RomfsDeploy(out, err, notes, options.quiet).run(image, id,
                            board.session.romIoctl(), board.session.vfs());
                }
            }
            default:
                throw new UsageException("romfs: '" + a.words.get(0) + "' is not a command; " + SHORT);
        }
    }

    private static int build(String source, String output, PrintStream out) throws UsageException, CommandFailure {
        Path dir = Paths.get(source);
        if (!Files.isDirectory(dir)) {
            throw new UsageException("romfs build: '" + source + "' is not a folder");
        }
        String image = output != null ? output : source + ".romfs";
        try {
            byte[] bytes = buildImage(dir, out);
            out.println("Writing " + bytes.length + " bytes to output file " + image);
            Files.write(Paths.get(image), bytes);
            return 0;
        } catch (IOException e) {
            throw new CommandFailure("romfs build failed: " + e.getMessage());
        }
    }

    /** Builds the image of {@code dir}, printing mpremote's header and tree. */
    static byte[] buildImage(Path dir, PrintStream out) throws IOException {
        String shown = dir.toString().endsWith("/") ? dir.toString() : dir + "/";
        out.println("Building romfs filesystem, source directory: " + shown);
        out.println("/");
        return RomfsBuilder.build(dir, out::println);
    }
}
