package org.mpyjvm.language.nodes.generator;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.mpyjvm.language.errors.ControlFlow;
import org.mpyjvm.language.errors.PyException;
import org.mpyjvm.language.nodes.PyExpressionNode;
import org.mpyjvm.language.nodes.PyStatementNode;
import org.mpyjvm.language.nodes.PyWriteNode;
import org.mpyjvm.language.runtime.BuiltinTypes;
import org.mpyjvm.language.runtime.PyGenerator;
import org.mpyjvm.language.runtime.PyOps;

/**
 * {@code async for x in a: body else: orelse} in a coroutine: {@code it = a.__aiter__()}, then
 * {@code x = await it.__anext__()} until that raises StopAsyncIteration. The await is a {@link YieldFromNode}
 * child; the phase and the iterator live in frame slots across suspensions.
 */
public final class AsyncForNode extends PyStatementNode {
    private static final int NEXT = 1;
    private static final int BODY = 2;
    private static final int ELSE = 3;

    @Child private PyWriteNode target;
    @Child private PyExpressionNode iterable;
    @Child private PyStatementNode body;
    @Child private PyStatementNode orelse;
    @Child private PyExpressionNode awaitNext;
    private final int phaseSlot;
    private final int iteratorSlot;
    private final PyGenerator.Slots slots;

    /** {@code awaitNext} awaits an {@link AsyncProtocolCallNode} of __anext__ on {@code iteratorSlot}. */
    public AsyncForNode(PyWriteNode target, PyExpressionNode iterable, PyStatementNode body, PyStatementNode orelse,
                        PyExpressionNode awaitNext, int phaseSlot, int iteratorSlot, PyGenerator.Slots slots) {
        this.target = target;
        this.iterable = iterable;
        this.body = body;
        this.orelse = orelse;
        this.awaitNext = awaitNext;
        this.phaseSlot = phaseSlot;
        this.iteratorSlot = iteratorSlot;
        this.slots = slots;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        boolean resuming = frame.getBoolean(slots.resuming());
        int phase = resuming ? frame.getInt(phaseSlot) : NEXT;
        if (!resuming) {
            Object source = iterable.execute(frame);
            frame.setObject(iteratorSlot, PyOps.call(PyOps.getAttribute(source, "__aiter__"), new Object[0], null));
        }
        if (phase != ELSE) {
            try {
                while (true) {
                    if (phase == NEXT) {
                        frame.setInt(phaseSlot, NEXT);
                        Object value;
                        try {
                            value = awaitNext.execute(frame);
                        } catch (PyException e) {
                            if (e.getPythonException().getPyClass().isSubclassOf(BuiltinTypes.STOP_ASYNC_ITERATION)) {
                                break;
                            }
                            throw e;
                        }
                        target.executeWrite(frame, value);
                        frame.setInt(phaseSlot, BODY);
                    }
                    try {
                        body.executeVoid(frame);
                    } catch (ControlFlow.Continue c) {
                        // next item
                    }
                    phase = NEXT;
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
}
