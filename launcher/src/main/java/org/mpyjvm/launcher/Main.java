package org.mpyjvm.launcher;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import org.graalvm.polyglot.PolyglotException;
import org.mpyjvm.ports.board.Board;

/**
 * {@code bin/mpy}: runs a script, {@code -c} code, stdin or the REPL on a simulated board. Exit status follows the
 * MicroPython unix port: 0, or 1 after an uncaught exception or a syntax error; 2 for a usage mistake.
 */
public final class Main {
    static final String VERSION = "0.1.0";

    private Main() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16),
                false, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        int status;
        try {
            status = run(args, System.in, out, err);
        } catch (UsageException e) {
            out.flush();
            err.println("mpy: " + e.getMessage());
            status = 2;
        } catch (CommandFailure e) {
            out.flush();
            err.println("mpy: " + e.getMessage());
            status = 1;
        }
        out.flush();
        err.flush();
        System.exit(status);
    }

    static int run(String[] args, InputStream in, PrintStream out, PrintStream err)
            throws UsageException, CommandFailure {
        GlobalOptions options = GlobalOptions.parse(args);
        StderrNotes notes = new StderrNotes(err, options.quiet);
        if (options.help) {
            out.print(Help.TEXT);
            return 0;
        }
        if (options.version) {
            out.println("mpy-jvm " + VERSION + " (MicroPython 1.29.0 compatible)");
            return 0;
        }
        String interpreterNote = System.getProperty("mpy.launcher.note");
        if (interpreterNote != null && !interpreterNote.isEmpty()) {
            notes.note(interpreterNote);
        }
        if (options.code != null) {
            selectBoard(options, options.code, notes);
            return runProgram(options, options.code, "<stdin>", prepend("-c", options.rest), in, out, err);
        }
        if (options.rest.isEmpty()) {
            if (!stdinIsTerminal()) {
                String code = readAll(in);
                selectBoard(options, code, notes);
                return runProgram(options, code, "<stdin>", new String[] {""}, in, out, err);
            }
            Board board = selectBoard(options, null, notes);
            return runRepl(options, board, in, out, err);
        }
        String first = options.rest.get(0);
        List<String> subArgs = options.rest.subList(1, options.rest.size());
        switch (first) {
            case "boards":
                return BoardsCommand.run(options, subArgs, out);
            case "romfs":
                return RomfsCommand.run(options, subArgs, out, err, notes);
            case "fs":
                return FsCommand.run(options, subArgs, out, err, notes);
            case "flash":
                return FlashCommand.run(options, subArgs, out, err, notes);
            case "device":
                return DeviceCommand.run(options, subArgs, out, err, notes);
            case "image":
                return ImageCommand.run(options, subArgs, out, notes);
            case "fuzz":
                return FuzzCommand.run(options, subArgs, out, err, notes);
            default:
                if (SubCommand.isName(first)) {
                    throw new UsageException("'" + first + "' is not available yet in this build; run 'mpy --help'");
                }
        }
        String code;
        try {
            code = Files.readString(Paths.get(first), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            err.println("mpy: can't open file '" + first + "': [Errno 2] No such file or directory");
            return 2;
        } catch (IOException e) {
            err.println("mpy: can't open file '" + first + "': " + e.getMessage());
            return 2;
        }
        selectBoard(options, code, notes);
        return runProgram(options, code, first, options.rest.toArray(new String[0]), in, out, err);
    }

    private static Board selectBoard(GlobalOptions options, String code, StderrNotes notes) throws UsageException {
        Board board = BoardChoice.choose(options, code, notes);
        options.board = board.id();
        return board;
    }

    private static int runProgram(GlobalOptions options, String code, String displayName, String[] argv,
                                  InputStream in, PrintStream out, PrintStream err) {
        try (Interpreter interpreter = new Interpreter(null, options.env(), argv, in, out, err)) {
            return interpreter.runMain(code, displayName);
        } finally {
            out.flush();
        }
    }

    private static int runRepl(GlobalOptions options, Board board, InputStream in, PrintStream out,
                               PrintStream err) {
        try (Interpreter interpreter = new Interpreter(null, options.env(), new String[] {""}, in, out, err)) {
            String banner;
            try {
                // Bring the board up first: a CircuitPython board runs boot.py and code.py before its banner.
                banner = interpreter.startBoard(() -> ReplBanner.of(board));
            } catch (PolyglotException e) {
                out.flush();
                err.println("mpy: " + (e.getMessage() == null ? "cannot start the board"
                        : e.getMessage().replaceFirst("^.*?mpy-jvm: ", "")));
                return 1;
            }
            Path history = stateHome().resolve("history");
            return new Repl(interpreter, banner, history).run(out);
        } catch (IOException e) {
            err.println("mpy: cannot open the terminal: " + e.getMessage());
            return 1;
        }
    }

    /**
     * Whether stdin is a terminal. Since JDK 22 {@code System.console()} exists even for redirected streams, so ask
     * {@code Console.isTerminal()} where it is available (looked up reflectively: the launcher targets Java 17).
     */
    static boolean stdinIsTerminal() {
        java.io.Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
        } catch (NoSuchMethodException e) {
            return true;
        } catch (ReflectiveOperationException e) {
            return false;
        }
    }

    static Path stateHome() {
        String xdg = System.getenv("XDG_STATE_HOME");
        Path base = xdg != null && !xdg.isEmpty() ? Paths.get(xdg)
                : Paths.get(System.getProperty("user.home"), ".local", "state");
        return base.resolve("mpy-jvm");
    }

    private static String readAll(InputStream in) {
        try {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    private static String[] prepend(String first, List<String> rest) {
        List<String> all = new ArrayList<>();
        all.add(first);
        all.addAll(rest);
        return all.toArray(new String[0]);
    }
}
