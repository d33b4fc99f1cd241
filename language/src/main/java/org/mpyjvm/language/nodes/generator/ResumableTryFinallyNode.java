package org.mpyjvm.language.nodes.generator;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.mpyjvm.language.errors.ControlFlow;
import org.mpyjvm.language.nodes.PyStatementNode;
import org.mpyjvm.language.runtime.PyGenerator;

/**
 * try/finally in a generator. Suspending in the body does not run the final block (the generator is only paused);
 * what the final block must re-raise afterwards (an exception, return, break or continue) waits in a slot, so the
 * final block itself may suspend too.
 */
public final class ResumableTryFinallyNode extends PyStatementNode {
    private static final int BODY = 0;
    private static final int FINALLY = 1;

    @Child private PyStatementNode body;
    @Child private PyStatementNode finalBody;
    private final int phaseSlot;
    private final int pendingSlot;
    private final PyGenerator.Slots slots;

    public ResumableTryFinallyNode(PyStatementNode body, PyStatementNode finalBody, int phaseSlot, int pendingSlot,
                                   PyGenerator.Slots slots) {
        this.body = body;
        this.finalBody = finalBody;
        this.phaseSlot = phaseSlot;
        this.pendingSlot = pendingSlot;
        this.slots = slots;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        int phase = frame.getBoolean(slots.resuming()) ? frame.getInt(phaseSlot) : BODY;
        RuntimeException pending = null;
        if (phase == BODY) {
            frame.setInt(phaseSlot, BODY);
            try {
                body.executeVoid(frame);
            } catch (ControlFlow.Yield y) {
                throw y;
            } catch (RuntimeException e) {
                pending = e;
            }
            frame.setInt(phaseSlot, FINALLY);
            frame.setObject(pendingSlot, pending);
        } else {
            pending = (RuntimeException) frame.getObject(pendingSlot);
        }
        finalBody.executeVoid(frame);
        frame.setObject(pendingSlot, null);
        if (pending != null) {
            throw pending;
        }
    }
}
