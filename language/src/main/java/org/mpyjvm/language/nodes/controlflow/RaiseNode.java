package org.mpyjvm.language.nodes.controlflow;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.frame.VirtualFrame;
import org.mpyjvm.language.MpyContext;
import org.mpyjvm.language.errors.Errors;
import org.mpyjvm.language.errors.PyException;
import org.mpyjvm.language.nodes.PyExpressionNode;
import org.mpyjvm.language.nodes.PyStatementNode;
import org.mpyjvm.language.runtime.PyBaseException;
import org.mpyjvm.language.runtime.PyNone;
import org.mpyjvm.language.runtime.PyOps;

/** raise, raise X, raise X from Y. A bare raise re-raises the exception being handled without a new entry. */
public final class RaiseNode extends PyStatementNode {
    @Child private PyExpressionNode exception;
    @Child private PyExpressionNode cause;

    public RaiseNode(PyExpressionNode exception, PyExpressionNode cause) {
        this.exception = exception;
        this.cause = cause;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        CompilerDirectives.transferToInterpreter();
        if (exception == null) {
            PyBaseException current = MpyContext.get(this).getHandledException();
            if (current == null) {
                throw Errors.runtimeError(Errors.NO_ACTIVE_EXCEPTION);
            }
            PyException e = new PyException(current, this);
            e.markReraise();
            throw e;
        }
        PyBaseException exc = PyOps.toException(exception.execute(frame));
        if (cause != null) {
            Object c = cause.execute(frame);
            exc.setCause(c == PyNone.INSTANCE ? c : PyOps.toException(c));
        }
        throw new PyException(exc, this);
    }
}
