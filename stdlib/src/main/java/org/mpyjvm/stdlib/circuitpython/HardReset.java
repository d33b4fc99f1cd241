package org.mpyjvm.stdlib.circuitpython;

import org.mpyjvm.language.MpyContext;
import org.mpyjvm.stdlib.session.Session;

/**
 * A hard reset ({@code microcontroller.reset()}, {@code storage.erase_filesystem()}) ends the run as a board's reset
 * ends its program: the context exits with status 0 (a Truffle hard exit, which no {@code try} can catch), the
 * device is flushed and closed as usual, and one stderr line says that the next run is the board's new start.
 */
final class HardReset {
    private HardReset() {
    }

    static RuntimeException now(Session session, String cause) {
        MpyContext context = MpyContext.get(null);
        context.getOut().flush();
        session.note("mpy: " + cause + " resets the board; the next run starts it again");
        context.getEnv().getContext().closeExited(null, 0);
        throw new IllegalStateException("the context did not exit");
    }
}
