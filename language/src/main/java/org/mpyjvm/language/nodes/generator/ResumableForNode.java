package org.mpyjvm.language.nodes.generator;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.mpyjvm.language.errors.ControlFlow;
import org.mpyjvm.language.nodes.PyExpressionNode;
import org.mpyjvm.language.nodes.CallbackCheckpoint;
import org.mpyjvm.language.nodes.PyStatementNode;
import org.mpyjvm.language.nodes.PyWriteNode;
import org.mpyjvm.language.runtime.PyGenerator;
import org.mpyjvm.language.runtime.PyOps;

/** for/else in a generator: the iterator is kept in a slot, so a resumed body continues the same iteration. */
public final class ResumableForNode extends PyStatementNode {
    private static final int ITERABLE = 0;
    private static final int BODY = 1;
    private static final int ELSE = 2;

    @Child private PyWriteNode target;
    @Child private PyExpressionNode iterable;
    @Child private PyStatementNode body;
    @Child private PyStatementNode orelse;
    private final int phaseSlot;
    private final int iteratorSlot;
    private final PyGenerator.Slots slots;

    public ResumableForNode(PyWriteNode target, PyExpressionNode iterable, PyStatementNode body,
                            PyStatementNode orelse, int phaseSlot, int iteratorSlot, PyGenerator.Slots slots) {
        this.target = target;
        this.iterable = iterable;
        this.body = body;
        this.orelse = orelse;
        this.phaseSlot = phaseSlot;
        this.iteratorSlot = iteratorSlot;
        this.slots = slots;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        int phase = frame.getBoolean(slots.resuming()) ? frame.getInt(phaseSlot) : ITERABLE;
        if (phase != ELSE) {
            Object it;
            if (phase == ITERABLE) {
                frame.setInt(phaseSlot, ITERABLE);
                it = PyOps.iter(iterable.execute(frame));
                frame.setObject(iteratorSlot, it);
            } else {
                it = frame.getObject(iteratorSlot);
            }
            try {
                if (phase == BODY) {
                    runBody(frame);
                }
                for (Object v = PyOps.next(it); v != null; v = PyOps.next(it)) {
                    target.executeWrite(frame, v);
                    frame.setInt(phaseSlot, BODY);
                    runBody(frame);
                    CallbackCheckpoint.poll(this); // the jump back after the body
                }
            } catch (ControlFlow.Break b) {
                frame.setObject(iteratorSlot, null);
                return;
            }
            frame.setObject(iteratorSlot, null);
        }
        if (orelse != null) {
            frame.setInt(phaseSlot, ELSE);
            orelse.executeVoid(frame);
        }
    }

    private void runBody(VirtualFrame frame) {
        try {
            body.executeVoid(frame);
        } catch (ControlFlow.Continue c) {
            // next iteration
        }
    }
}
