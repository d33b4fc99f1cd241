package org.mpyjvm.language.nodes.controlflow;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ControlFlowException;
import org.mpyjvm.language.errors.Errors;
import org.mpyjvm.language.errors.PyException;
import org.mpyjvm.language.nodes.PyExpressionNode;
import org.mpyjvm.language.nodes.PyStatementNode;
import org.mpyjvm.language.nodes.PyWriteNode;
import org.mpyjvm.language.runtime.PyBaseException;
import org.mpyjvm.language.runtime.PyNone;
import org.mpyjvm.language.runtime.PyOps;

/** One with-item (several items nest): __enter__, the body, then __exit__ which may swallow the exception. */
public final class WithNode extends PyStatementNode {
    @Child private PyExpressionNode manager;
    @Child private PyWriteNode target;
    @Child private PyStatementNode body;
    /** The line an exception raised by {@code __exit__} shows in this frame (see parser.CleanupLine). */
    private final int exitLine;

    public WithNode(PyExpressionNode manager, PyWriteNode target, PyStatementNode body, int exitLine) {
        this.manager = manager;
        this.target = target;
        this.body = body;
        this.exitLine = exitLine;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        Object mgr = manager.execute(frame);
        Object exit = enter(mgr, frame, target);
        try {
            body.executeVoid(frame);
        } catch (PyException e) {
            exitWithException(exit, mgr, e, exitLine);
            return;
        } catch (ControlFlowException c) {
            exitNormally(exit, mgr, exitLine);
            throw c;
        }
        exitNormally(exit, mgr, exitLine);
    }

    /** Calls {@code __enter__}, binds its result to the target (if any) and returns {@code __exit__}. */
    public static Object enter(Object mgr, VirtualFrame frame, PyWriteNode target) {
        Object exit = PyOps.typeOf(mgr).lookup("__exit__");
        Object enter = PyOps.typeOf(mgr).lookup("__enter__");
        if (exit == null || enter == null) {
            throw Errors.noAttribute(mgr, enter == null ? "__enter__" : "__exit__");
        }
        Object value = PyOps.callMethod(enter, mgr);
        if (target != null) {
            target.executeWrite(frame, value);
        }
        return exit;
    }

    /** The body raised: {@code __exit__(type, value, None)}; re-raises unless it returned a true value. */
    public static void exitWithException(Object exit, Object mgr, PyException e, int exitLine) {
        PyBaseException exc = e.getPythonException();
        Object suppress;
        try {
            suppress = PyOps.callMethod(exit, mgr, exc.getPyClass(), exc, PyNone.INSTANCE);
        } catch (PyException raisedByExit) {
            raisedByExit.notePendingLine(exitLine);
            throw raisedByExit;
        }
        if (!PyOps.isTrue(suppress)) {
            throw e;
        }
    }

    public static void exitNormally(Object exit, Object mgr, int exitLine) {
        try {
            PyOps.callMethod(exit, mgr, PyNone.INSTANCE, PyNone.INSTANCE, PyNone.INSTANCE);
        } catch (PyException raisedByExit) {
            raisedByExit.notePendingLine(exitLine);
            throw raisedByExit;
        }
    }
}
