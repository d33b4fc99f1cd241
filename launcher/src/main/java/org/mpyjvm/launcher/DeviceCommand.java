package org.mpyjvm.launcher;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.mpyjvm.ports.board.Board;
import org.mpyjvm.ports.board.Medium;
import org.mpyjvm.ports.device.Device;
import org.mpyjvm.runtime.vfs.MountEntry;
import org.mpyjvm.stdlib.session.Session;

/**
 * {@code mpy device info|erase}: what a device is (board, folder, media images, what the board mounts at start),
 * and putting it back to factory-fresh by deleting its images and {@code root/} (they are recreated, blank, on
 * the next run).
 */
final class DeviceCommand {
    static final String USAGE = String.join("\n",
            "usage: mpy [--board B] [--device DIR] device info    board, folder, media and start-up mounts",
            "       mpy [--board B] [--device DIR] device erase   delete the device's images and root/ (factory-fresh)");

    private DeviceCommand() {
    }

    static int run(GlobalOptions options, List<String> args, PrintStream out, PrintStream err, StderrNotes notes)
            throws UsageException, CommandFailure {
        if (args.contains("--help") || args.contains("-h")) {
            out.println(USAGE);
            return 0;
        }
        if (args.size() != 1 || !args.get(0).equals("info") && !args.get(0).equals("erase")) {
            throw new UsageException("device takes info or erase; see 'mpy device --help'");
        }
        if (args.get(0).equals("erase")) {
            return erase(options, notes);
        }
        try (BoardSession board = BoardSession.open(options, out, err, notes)) {
            info(board.session, out);
        }
        return 0;
    }

    private static void info(Session s, PrintStream out) {
        Board b = s.board();
        Device d = s.device();
        out.println("board: " + b.id() + " (" + b.name() + ", " + b.mcu() + ")");
        out.println("device: " + (d.inMemory() ? "in memory (--fresh), discarded at exit" : d.folder()));
        for (Medium m : b.media()) {
            out.println(String.format("  medium %-9s %-5s %10d bytes%s", m.id(), m.kind(), m.size(),
                    d.inMemory() ? "" : "  " + d.folder().resolve(m.id() + ".img")));
        }
        if (d.root() != null) {
            out.println("  root/ (mounted at /): " + d.root());
        }
        d.state().forEach((k, v) -> out.println("  state " + k + " = " + v));
        out.println("mounted at start:");
        for (MountEntry m : s.vfs().mounts()) {
            out.println("  " + m.mountPoint() + "  " + m.fs().typeName() + (m.readonly() ? " (read-only)" : ""));
        }
    }

    private static int erase(GlobalOptions options, StderrNotes notes) throws UsageException, CommandFailure {
        if (options.fresh) {
            throw new UsageException("device erase needs a device folder, not --fresh");
        }
        Board board = BoardChoice.choose(options, null, notes);
        Path folder = options.device != null ? Paths.get(options.device) : Device.defaultFolder(board);
        if (!Files.exists(folder.resolve(Device.STATE_FILE))) {
            throw new CommandFailure("no device in " + folder + " (nothing to erase)");
        }
        try {
            for (Medium m : board.media()) {
                Files.deleteIfExists(folder.resolve(m.id() + ".img"));
            }
            Path root = folder.resolve(Device.ROOT);
            if (Files.isDirectory(root)) {
                try (Stream<Path> walk = Files.walk(root)) {
                    for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(p);
                    }
                }
            }
        } catch (IOException e) {
            throw new CommandFailure("device erase: " + e.getMessage());
        }
        notes.note("erased " + board.id() + " in " + folder + "; the next run starts it factory-fresh");
        return 0;
    }
}
