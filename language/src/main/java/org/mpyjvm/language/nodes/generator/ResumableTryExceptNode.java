package org.mpyjvm.language.nodes.generator;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.mpyjvm.language.MpyContext;
import org.mpyjvm.language.errors.ControlFlow;
import org.mpyjvm.language.errors.PyException;
import org.mpyjvm.language.nodes.PyExpressionNode;
import org.mpyjvm.language.nodes.PyFrameRoot;
import org.mpyjvm.language.nodes.PyStatementNode;
import org.mpyjvm.language.nodes.PyWriteNode;
import org.mpyjvm.language.nodes.controlflow.TryExceptNode;
import org.mpyjvm.language.runtime.PyBaseException;
import org.mpyjvm.language.runtime.PyGenerator;
import org.mpyjvm.language.runtime.PyOps;

/**
 * try/except/else in a generator. The phase slot holds where it suspended: the body, the else-branch, or handler
 * {@code i} (as {@code HANDLER + i}); a handler that suspended keeps its exception in a slot so that, resumed, it is
 * again the exception a bare {@code raise} re-raises.
 */
public final class ResumableTryExceptNode extends PyStatementNode {
    private static final int BODY = 0;
    private static final int ELSE = 1;
    private static final int HANDLER = 2;

    @Child private PyStatementNode body;
    @Children private final PyExpressionNode[] types;
    @Children private final PyWriteNode[] names;
    @Children private final PyStatementNode[] handlers;
    @Child private PyStatementNode orelse;
    private final int phaseSlot;
    private final int exceptionSlot;
    private final PyGenerator.Slots slots;

    public ResumableTryExceptNode(PyStatementNode body, PyExpressionNode[] types, PyWriteNode[] names,
                                  PyStatementNode[] handlers, PyStatementNode orelse, int phaseSlot,
                                  int exceptionSlot, PyGenerator.Slots slots) {
        this.body = body;
        this.types = types;
        this.names = names;
        this.handlers = handlers;
        this.orelse = orelse;
        this.phaseSlot = phaseSlot;
        this.exceptionSlot = exceptionSlot;
        this.slots = slots;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        int phase = frame.getBoolean(slots.resuming()) ? frame.getInt(phaseSlot) : BODY;
        if (phase == BODY) {
            frame.setInt(phaseSlot, BODY);
            try {
                body.executeVoid(frame);
            } catch (PyException e) {
                handle(frame, e);
                return;
            }
            phase = ELSE;
        }
        if (phase == ELSE) {
            if (orelse != null) {
                frame.setInt(phaseSlot, ELSE);
                orelse.executeVoid(frame);
            }
            return;
        }
        int i = phase - HANDLER;
        runHandler(frame, i, (PyBaseException) frame.getObject(exceptionSlot), false);
    }

    private void handle(VirtualFrame frame, PyException e) {
        PyBaseException exc = e.getPythonException();
        for (int i = 0; i < handlers.length; i++) {
            if (types[i] == null || PyOps.exceptionMatches(exc, types[i].execute(frame))) {
                PyFrameRoot.recordCaught(e, this);
                frame.setInt(phaseSlot, HANDLER + i);
                frame.setObject(exceptionSlot, exc);
                runHandler(frame, i, exc, true);
                return;
            }
        }
        throw e;
    }

    private void runHandler(VirtualFrame frame, int i, PyBaseException exc, boolean bindName) {
        MpyContext context = MpyContext.get(this);
        PyBaseException saved = context.getHandledException();
        context.setHandledException(exc);
        try {
            if (bindName && names[i] != null) {
                names[i].executeWrite(frame, exc);
            }
            handlers[i].executeVoid(frame);
        } catch (ControlFlow.Yield y) {
            context.setHandledException(saved);
            throw y;
        } catch (RuntimeException e) {
            context.setHandledException(saved);
            frame.setObject(exceptionSlot, null);
            TryExceptNode.unbind(frame, names[i]);
            throw e;
        }
        context.setHandledException(saved);
        frame.setObject(exceptionSlot, null);
        TryExceptNode.unbind(frame, names[i]);
    }
}
