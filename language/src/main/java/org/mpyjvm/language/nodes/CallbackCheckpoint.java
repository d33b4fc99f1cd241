package org.mpyjvm.language.nodes;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.nodes.Node;
import org.mpyjvm.language.MpyContext;
import org.mpyjvm.language.runtime.ScheduledCallbacks;

/**
 * Where a callback queued by micropython.schedule may run: loop iterations and if statements call {@link #poll}
 * (MicroPython's VM checks its pending queue on jump opcodes). In compiled code the test is an assumption, so it
 * folds away while nothing is queued; when something is, the code deoptimises and the callback runs from the
 * interpreter.
 */
public final class CallbackCheckpoint {
    private CallbackCheckpoint() {
    }

    public static void poll(Node location) {
        if (!ScheduledCallbacks.nothingToRun().isValid()) {
            CompilerDirectives.transferToInterpreterAndInvalidate();
            MpyContext.get(location).getScheduledCallbacks().runOne();
        }
    }
}
