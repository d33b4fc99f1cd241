package org.mpyjvm.language.nodes.generator;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import org.mpyjvm.language.errors.PyException;
import org.mpyjvm.language.nodes.PyExpressionNode;
import org.mpyjvm.language.runtime.PyBaseException;
import org.mpyjvm.language.runtime.PyNone;
import org.mpyjvm.language.runtime.PyOps;

/**
 * The call whose result {@code async with} / {@code async for} await: {@code __aenter__()}, {@code __anext__()},
 * or {@code __aexit__(type, value, traceback)} with the exception kept in a frame slot (None, None, None when the
 * body ended without one). The object comes from a frame slot of the enclosing coroutine.
 */
public final class AsyncProtocolCallNode extends PyExpressionNode {
    private final int objectSlot;
    private final String method;
    private final int exceptionSlot;

    /** {@code exceptionSlot} is -1 for a call without arguments. */
    public AsyncProtocolCallNode(int objectSlot, String method, int exceptionSlot) {
        this.objectSlot = objectSlot;
        this.method = method;
        this.exceptionSlot = exceptionSlot;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object pending = exceptionSlot < 0 ? null : frame.getObject(exceptionSlot);
        return call(frame.getObject(objectSlot), method, exceptionSlot >= 0, pending);
    }

    @TruffleBoundary
    private static Object call(Object target, String method, boolean exitCall, Object pending) {
        Object function = PyOps.getAttribute(target, method);
        if (!exitCall) {
            return PyOps.call(function, new Object[0], null);
        }
        if (pending instanceof PyException e) {
            PyBaseException exc = e.getPythonException();
            return PyOps.call(function, new Object[]{exc.getPyClass(), exc, PyNone.INSTANCE}, null);
        }
        return PyOps.call(function, new Object[]{PyNone.INSTANCE, PyNone.INSTANCE, PyNone.INSTANCE}, null);
    }
}
