package org.mpyjvm.language.nodes.generator;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ControlFlowException;
import org.mpyjvm.language.errors.ControlFlow;
import org.mpyjvm.language.errors.PyException;
import org.mpyjvm.language.nodes.PyExpressionNode;
import org.mpyjvm.language.nodes.PyStatementNode;
import org.mpyjvm.language.nodes.PyWriteNode;
import org.mpyjvm.language.runtime.PyGenerator;
import org.mpyjvm.language.runtime.PyOps;

/**
 * {@code async with m as x: body} in a coroutine: {@code x = await m.__aenter__()}, the body, then
 * {@code await m.__aexit__(...)} however the body ends (an exception is swallowed when __aexit__ returns true; a
 * return/break/continue goes on after the exit). Each await is a {@link YieldFromNode} child, so the coroutine can
 * suspend in either; the phase, the manager and what ended the body live in frame slots across suspensions.
 */
public final class AsyncWithNode extends PyStatementNode {
    private static final int ENTER = 0;
    private static final int BODY = 1;
    private static final int EXIT = 2;

    @Child private PyExpressionNode manager;
    @Child private PyWriteNode target;
    @Child private PyStatementNode body;
    @Child private PyExpressionNode awaitEnter;
    @Child private PyExpressionNode awaitExit;
    private final int phaseSlot;
    private final int managerSlot;
    private final int endingSlot;
    private final PyGenerator.Slots slots;

    /** {@code awaitEnter}/{@code awaitExit} await {@link AsyncProtocolCallNode}s on {@code managerSlot}/{@code endingSlot}. */
    public AsyncWithNode(PyExpressionNode manager, PyWriteNode target, PyStatementNode body,
                         PyExpressionNode awaitEnter, PyExpressionNode awaitExit, int phaseSlot, int managerSlot,
                         int endingSlot, PyGenerator.Slots slots) {
        this.manager = manager;
        this.target = target;
        this.body = body;
        this.awaitEnter = awaitEnter;
        this.awaitExit = awaitExit;
        this.phaseSlot = phaseSlot;
        this.managerSlot = managerSlot;
        this.endingSlot = endingSlot;
        this.slots = slots;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        int phase = frame.getBoolean(slots.resuming()) ? frame.getInt(phaseSlot) : ENTER;
        if (phase == ENTER) {
            if (!frame.getBoolean(slots.resuming())) {
                frame.setInt(phaseSlot, ENTER);
                frame.setObject(managerSlot, manager.execute(frame));
                frame.setObject(endingSlot, null);
            }
            Object value = awaitEnter.execute(frame);
            if (target != null) {
                target.executeWrite(frame, value);
            }
            frame.setInt(phaseSlot, BODY);
            phase = BODY;
        }
        if (phase == BODY) {
            try {
                body.executeVoid(frame);
            } catch (ControlFlow.Yield y) {
                throw y;
            } catch (PyException | ControlFlowException e) {
                frame.setObject(endingSlot, e);
            }
            frame.setInt(phaseSlot, EXIT);
        }
        Object swallow = awaitExit.execute(frame);
        Object ending = frame.getObject(endingSlot);
        frame.setObject(endingSlot, null);
        frame.setObject(managerSlot, null);
        if (ending instanceof PyException e) {
            if (!PyOps.isTrue(swallow)) {
                throw e;
            }
        } else if (ending instanceof ControlFlowException c) {
            throw c;
        }
    }
}
