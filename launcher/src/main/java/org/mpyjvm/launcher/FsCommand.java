package org.mpyjvm.launcher;

import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.Set;
import org.mpyjvm.runtime.Errno;
import org.mpyjvm.runtime.StorageException;
import org.mpyjvm.runtime.fs.DirEntry;
import org.mpyjvm.runtime.fs.StatVfs;
import org.mpyjvm.runtime.vfs.MountEntry;
import org.mpyjvm.runtime.vfs.Vfs;

/**
 * {@code mpy fs ls|cat|cp|rm|mkdir|rmdir|tree|df}: the device's storage from the host, mpremote style. The board
 * comes up as for a script (same mounts, same current directory), so {@code :x.txt} is where {@code open('x.txt')}
 * would put it. For {@code cp}, a leading ':' marks a device path (both sides may be either); the other commands
 * take device paths with or without the ':'. {@code -v} echoes each operation as mpremote does ({@code ls :},
 * {@code cp a :b}).
 */
final class FsCommand {
    static final String USAGE = String.join("\n",
            "usage: mpy [--board B] [--device DIR|--fresh] fs [-v] COMMAND ARGS   (':' marks a device path)",
            "  ls [:PATH...]            list ('{size:12} name', '/' after folders; default: the current directory)",
            "  cat :PATH...             a file's bytes on stdout",
            "  cp [-r] SRC... DEST      copy host<->device (e.g. fs cp main.py :/flash/main.py, fs cp :x.txt .)",
            "  rm [-r] :PATH...         remove files (-r: folders with their content)",
            "  mkdir :PATH... | rmdir :PATH...",
            "  tree [:PATH]             the folder tree below PATH",
            "  df                       size, used and free space of every mounted filesystem",
            "  export OUT.img           (CircuitPython) the CIRCUITPY drive as a raw disk image, MBR included; the",
            "                           FAT volume starts at the offset printed on stderr: mdir -i OUT.img@@OFFSET ::",
            "On a CircuitPython board these commands are the USB host's: refused with --usb off, and writes are",
            "refused while boot.py gave the drive to CircuitPython (storage.remount(\"/\", False)).");
    private static final String SHORT = "see 'mpy fs --help'";

    private final Vfs vfs;
    private final GuestFiles guest;
    private final PrintStream out;
    private final boolean verbose;

    private FsCommand(Vfs vfs, PrintStream out, boolean verbose) {
        this.vfs = vfs;
        this.guest = GuestFiles.of(vfs);
        this.out = out;
        this.verbose = verbose;
    }

    static int run(GlobalOptions options, List<String> args, PrintStream out, PrintStream err, StderrNotes notes)
            throws UsageException, CommandFailure {
        if (args.contains("--help") || args.contains("-h")) {
            out.println(USAGE);
            return 0;
        }
        CommandArgs a = CommandArgs.parse(args, Set.of(), Set.of("-v", "--verbose", "-r", "--recursive", "-f",
                "--force"), "usage: mpy fs ls|cat|cp|rm|mkdir|rmdir|tree|df|export ...; " + SHORT);
        if (a.words.isEmpty()) {
            throw a.misuse("fs needs a command");
        }
        String command = a.words.get(0);
        List<String> paths = a.words.subList(1, a.words.size());
        boolean recursive = a.has("-r") || a.has("--recursive");
        checkArity(command, paths);
        try (BoardSession board = BoardSession.open(options, out, err, notes)) {
            Vfs vfs = board.session.vfs();
            if (board.board().isCircuitPython()) {
                vfs = CircuitPyHost.open(board.session, !"off".equals(options.usb), command,
                        CircuitPyHost.writes(command, paths));
                if (command.equals("export")) {
                    return CircuitPyExport.write(board.session, paths.get(0), notes);
                }
            } else if (command.equals("export")) {
                throw new UsageException("fs export writes a CircuitPython board's CIRCUITPY drive; for other "
                        + "boards use 'mpy image' or the <medium>.img files in the device folder");
            }
            FsCommand fs = new FsCommand(vfs, out, a.has("-v") || a.has("--verbose"));
            fs.dispatch(command, paths, recursive);
            out.flush();
            return 0;
        }
    }

    private static void checkArity(String command, List<String> paths) throws UsageException {
        switch (command) {
            case "ls", "df", "tree" -> {
                if (command.equals("tree") && paths.size() > 1 || command.equals("df") && !paths.isEmpty()) {
                    throw new UsageException("fs " + command + " takes at most one path; " + SHORT);
                }
            }
            case "export" -> {
                if (paths.size() != 1) {
                    throw new UsageException("fs export needs one host file name (OUT.img); " + SHORT);
                }
            }
            case "cat", "rm", "mkdir", "rmdir" -> {
                if (paths.isEmpty()) {
                    throw new UsageException("fs " + command + " needs a device path; " + SHORT);
                }
            }
            case "cp" -> {
                if (paths.size() < 2) {
                    throw new UsageException("fs cp needs a source and a destination (':' marks the device); "
                            + SHORT);
                }
            }
            default -> throw new UsageException("fs: unknown command '" + command + "'; " + SHORT);
        }
    }

    private void dispatch(String command, List<String> paths, boolean recursive) throws CommandFailure {
        if (command.equals("cp")) {
            String dest = paths.get(paths.size() - 1);
            for (String src : paths.subList(0, paths.size() - 1)) {
                echo("cp " + src + " " + dest);
                attempt(command, src, () -> new FsCopy(guest).copy(src, dest, recursive, paths.size() > 2));
            }
            return;
        }
        if (command.equals("df")) {
            attempt(command, "", this::df);
            return;
        }
        List<String> targets = paths.isEmpty() ? List.of("") : paths;
        for (String raw : targets) {
            String path = raw.startsWith(":") ? raw.substring(1) : raw;
            if (!command.equals("cat")) {
                echo(command + " :" + path);
            }
            attempt(command, raw, () -> {
                switch (command) {
                    case "ls" -> GuestListing.ls(guest, path.isEmpty() ? vfs.getcwd() : path, out);
                    case "cat" -> GuestCopy.getFile(guest, path, out);
                    case "tree" -> GuestListing.tree(guest, path.isEmpty() ? vfs.getcwd() : path, out);
                    case "mkdir" -> guest.mkdir(path);
                    case "rmdir" -> guest.rmdir(path);
                    case "rm" -> remove(path, recursive, 0);
                    default -> throw new IllegalStateException(command);
                }
            });
        }
    }

    private void echo(String line) {
        if (verbose) {
            out.println(line);
        }
    }

    private void remove(String path, boolean recursive, int depth) throws StorageException {
        if (recursive && guest.stat(path).isDir()) {
            if (depth > 64) {
                throw new StorageException(Errno.EIO, "folders nested too deep");
            }
            for (DirEntry e : guest.list(path)) {
                remove(GuestCopy.join(path, e.name()), true, depth + 1);
            }
            guest.rmdir(path);
        } else {
            guest.remove(path);
        }
    }

    private void df() throws StorageException {
        out.println(String.format("%-12s%12s%12s%12s%6s", "mount", "size", "used", "avail", "use%"));
        for (MountEntry m : vfs.mounts()) {
            StatVfs s = m.fs().statvfs("/");
            long size = s.bsize() * s.blocks();
            long avail = s.bsize() * s.bavail();
            long used = size - s.bsize() * s.bfree();
            out.println(String.format("%-12s%12d%12d%12d%5d%%", m.mountPoint(), size, used, avail,
                    size == 0 ? 0 : used * 100 / size));
        }
    }

    private interface Step {
        void run() throws StorageException, IOException, CommandFailure;
    }

    private void attempt(String command, String path, Step step) throws CommandFailure {
        try {
            step.run();
        } catch (StorageException e) {
            out.flush();
            throw new CommandFailure("fs " + command + ": " + path + ": [Errno " + e.errno() + "] "
                    + Errno.name(e.errno()));
        } catch (IOException e) {
            out.flush();
            throw new CommandFailure("fs " + command + ": " + e.getMessage());
        }
    }
}
