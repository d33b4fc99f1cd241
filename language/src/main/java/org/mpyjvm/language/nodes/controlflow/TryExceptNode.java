package org.mpyjvm.language.nodes.controlflow;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import org.mpyjvm.language.MpyContext;
import org.mpyjvm.language.errors.PyException;
import org.mpyjvm.language.nodes.PyExpressionNode;
import org.mpyjvm.language.nodes.CallbackCheckpoint;
import org.mpyjvm.language.nodes.PyFrameRoot;
import org.mpyjvm.language.nodes.PyStatementNode;
import org.mpyjvm.language.nodes.PyWriteNode;
import org.mpyjvm.language.runtime.PyBaseException;
import org.mpyjvm.language.runtime.PyNone;
import org.mpyjvm.language.runtime.PyOps;

/** try/except/else. The handled exception is what a bare raise inside a handler re-raises. */
public final class TryExceptNode extends PyStatementNode {
    @Child private PyStatementNode body;
    @Children private final PyExpressionNode[] types;
    @Children private final PyWriteNode[] names;
    @Children private final PyStatementNode[] handlers;
    @Child private PyStatementNode orelse;

    public TryExceptNode(PyStatementNode body, PyExpressionNode[] types, PyWriteNode[] names,
                         PyStatementNode[] handlers, PyStatementNode orelse) {
        this.body = body;
        this.types = types;
        this.names = names;
        this.handlers = handlers;
        this.orelse = orelse;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        try {
            body.executeVoid(frame);
        } catch (PyException e) {
            handle(frame, e);
            return;
        }
        CallbackCheckpoint.poll(this); // the jump out of the protected block
        if (orelse != null) {
            orelse.executeVoid(frame);
        }
    }

    /** Evaluates an except clause's type; an error there is reported at the clause's line, as py/compile.c does. */
    private Object clauseType(VirtualFrame frame, int i) {
        try {
            return types[i].execute(frame);
        } catch (PyException err) {
            err.notePendingLine(types[i].getLine());
            throw err;
        }
    }

    @ExplodeLoop
    private void handle(VirtualFrame frame, PyException e) {
        PyBaseException exc = e.getPythonException();
        for (int i = 0; i < handlers.length; i++) {
            boolean matches = types[i] == null || PyOps.exceptionMatches(exc, clauseType(frame, i));
            if (types[i] != null) {
                CallbackCheckpoint.poll(this); // the jump after each clause's type test
            }
            if (matches) {
                PyFrameRoot.recordCaught(e, this);
                MpyContext context = MpyContext.get(this);
                PyBaseException saved = context.getHandledException();
                context.setHandledException(exc);
                try {
                    if (names[i] != null) {
                        names[i].executeWrite(frame, exc);
                    }
                    handlers[i].executeVoid(frame);
                } finally {
                    context.setHandledException(saved);
                    unbind(frame, names[i]);
                }
                CallbackCheckpoint.poll(this); // the jump out of the handler
                return;
            }
        }
        throw e;
    }

    /** {@code except E as name}: the name is deleted when the handler ends, as in Python 3. */
    public static void unbind(VirtualFrame frame, PyWriteNode name) {
        if (name != null) {
            name.executeWrite(frame, PyNone.INSTANCE);
            name.executeDelete(frame);
        }
    }
}
