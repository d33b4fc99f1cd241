package org.mpyjvm.launcher;

import java.io.InputStream;
import java.io.PrintStream;
import org.graalvm.polyglot.PolyglotException;
import org.mpyjvm.ports.board.Board;
import org.mpyjvm.stdlib.session.Session;

/**
 * The selected board brought up exactly as a script would see it (the stdlib's {@link Session}: media with their
 * physics, the ROM mount and the port's start-up mounts), for host commands that act on a device ({@code fs},
 * {@code romfs deploy}, {@code flash write}). The interpreter context stays entered while the command runs;
 * closing it flushes the device's images, as the end of a script does.
 */
final class BoardSession implements AutoCloseable {
    private final Interpreter interpreter;
    final Session session;

    private BoardSession(Interpreter interpreter, Session session) {
        this.interpreter = interpreter;
        this.session = session;
    }

    static BoardSession open(GlobalOptions options, PrintStream out, PrintStream err, StderrNotes notes)
            throws UsageException, CommandFailure {
        Board board = BoardChoice.choose(options, null, notes);
        options.board = board.id();
        if (board.isCircuitPython() && options.phase == null) {
            // A host command is not a power-up: boot.py and code.py must not run, the drive keeps the last boot's flags.
            options.phase = "code";
        }
        Interpreter interpreter = new Interpreter(null, options.env(), new String[] {""}, InputStream.nullInputStream(),
                out, err);
        try {
            interpreter.enterBoard();
        } catch (PolyglotException e) {
            interpreter.close();
            throw new CommandFailure(rootMessage(e));
        }
        return new BoardSession(interpreter, Session.current());
    }

    private static String rootMessage(PolyglotException e) {
        String m = e.getMessage() == null ? "cannot start the board" : e.getMessage();
        return m.replaceFirst("^.*?mpy-jvm: ", "");
    }

    Board board() {
        return session.board();
    }

    @Override
    public void close() {
        try {
            interpreter.leave();
        } finally {
            interpreter.close();
        }
    }
}
