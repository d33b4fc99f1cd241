package org.mpyjvm.launcher;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import org.mpyjvm.runtime.romfs.RomfsBuilder;

/**
 * {@code mpy romfs build DIR --output IMG}: the ROMFS image of a folder, the same bytes as mpremote's builder with
 * {@code .py} sources kept ({@code --no-mpy}). Both the seed's option order and mpremote's
 * ({@code --output IMG build DIR}) work. Compiling to {@code .mpy} is not supported.
 */
final class RomfsCommand {
    static final String USAGE = "usage: mpy romfs build DIR --output IMG   (or: mpy romfs --output IMG build DIR);"
            + " .py files are kept as source (.mpy compilation is not supported)";

    private RomfsCommand() {
    }

    static int run(List<String> args, PrintStream out, StderrNotes notes) throws UsageException {
        String output = null;
        List<String> words = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--output") || a.equals("-o")) {
                if (i + 1 >= args.size()) {
                    throw new UsageException("--output needs a file name; " + USAGE);
                }
                output = args.get(++i);
            } else if (a.equals("--no-mpy") || a.equals("-m")) {
                continue;
            } else if (a.equals("--mpy")) {
                throw new UsageException("--mpy: compiling to .mpy is not supported; images keep .py sources");
            } else if (a.equals("--help") || a.equals("-h")) {
                out.println(USAGE);
                return 0;
            } else {
                words.add(a);
            }
        }
        if (words.isEmpty()) {
            throw new UsageException(USAGE);
        }
        switch (words.get(0)) {
            case "build":
                return build(words, output, out, notes);
            case "query":
            case "deploy":
                throw new UsageException("'romfs " + words.get(0) + "' is not available yet in this build");
            default:
                throw new UsageException("unknown romfs command '" + words.get(0) + "'; " + USAGE);
        }
    }

    private static int build(List<String> words, String output, PrintStream out, StderrNotes notes)
            throws UsageException {
        if (words.size() != 2) {
            throw new UsageException(USAGE);
        }
        Path dir = Paths.get(words.get(1));
        if (!Files.isDirectory(dir)) {
            throw new UsageException("romfs build: '" + dir + "' is not a folder");
        }
        Path image = output != null ? Paths.get(output) : Paths.get(dir.toString().replaceAll("/+$", "") + ".romfs");
        try {
            byte[] bytes = RomfsBuilder.build(dir, line -> out.println(line));
            Files.write(image, bytes);
            out.println("Image size is " + bytes.length + " bytes");
            notes.note("wrote " + image + "; deploy it with 'mpy romfs deploy " + image + "'");
            return 0;
        } catch (IOException e) {
            throw new UsageException("romfs build failed: " + e.getMessage());
        }
    }
}
