package org.mpyjvm.launcher;

import org.mpyjvm.ports.board.Board;
import org.mpyjvm.stdlib.circuitpython.CircuitPythonBoard;
import org.mpyjvm.stdlib.session.Session;

/**
 * The REPL's first lines. MicroPython prints its banner and the unix port's key help; a CircuitPython board prints
 * its own version line (the one boot_out.txt starts with), after boot.py and code.py have run. Called with the
 * interpreter context entered, so the board's session is reachable.
 */
final class ReplBanner {
    private ReplBanner() {
    }

    static String of(Board board) {
        if (board.isCircuitPython()) {
            return "\n" + CircuitPythonBoard.of(Session.current()).versionLine();
        }
        return BoardChoice.banner(board) + "\nUse Ctrl-D to exit, Ctrl-E for paste mode";
    }
}
