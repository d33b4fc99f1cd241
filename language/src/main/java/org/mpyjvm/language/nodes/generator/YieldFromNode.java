package org.mpyjvm.language.nodes.generator;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import org.mpyjvm.language.errors.ControlFlow;
import org.mpyjvm.language.errors.PyException;
import org.mpyjvm.language.nodes.PyExpressionNode;
import org.mpyjvm.language.runtime.BuiltinTypes;
import org.mpyjvm.language.runtime.PyBaseException;
import org.mpyjvm.language.runtime.PyGenerator;
import org.mpyjvm.language.runtime.PyInstance;
import org.mpyjvm.language.runtime.PyNone;
import org.mpyjvm.language.runtime.PyOps;

/**
 * {@code yield from iterable}: delegates to a sub-iterator until it is exhausted; values sent to or thrown into this
 * generator go to the sub-generator, GeneratorExit closes it. The value of the expression is the sub-generator's
 * return value. The sub-iterator lives in a frame slot across suspensions.
 */
public final class YieldFromNode extends PyExpressionNode implements SuspendPoint {
    @Child private PyExpressionNode iterable;
    private final int iteratorSlot;
    private final int suspendedSlot;
    private final PyGenerator.Slots slots;

    public YieldFromNode(PyExpressionNode iterable, int iteratorSlot, int suspendedSlot, PyGenerator.Slots slots) {
        this.iterable = iterable;
        this.iteratorSlot = iteratorSlot;
        this.suspendedSlot = suspendedSlot;
        this.slots = slots;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object iterator;
        Object sent = PyNone.INSTANCE;
        PyBaseException thrown = null;
        if (frame.getBoolean(slots.resuming()) && frame.getObject(suspendedSlot) != null) {
            frame.setObject(suspendedSlot, null);
            frame.setBoolean(slots.resuming(), false);
            iterator = frame.getObject(iteratorSlot);
            sent = frame.getObject(slots.sent());
            thrown = (PyBaseException) frame.getObject(slots.thrown());
            frame.setObject(slots.thrown(), null);
        } else {
            iterator = PyOps.iter(iterable.execute(frame));
            frame.setObject(iteratorSlot, iterator);
        }
        Step step = delegate(iterator, sent, thrown, this);
        if (step.done) {
            frame.setObject(iteratorSlot, null);
            return step.value;
        }
        frame.setObject(suspendedSlot, Boolean.TRUE);
        throw new ControlFlow.Yield(step.value);
    }

    /** One resumption of the sub-iterator: either a value to yield on, or the final value when done. */
    private record Step(boolean done, Object value) {
    }

    @TruffleBoundary
    private static Step delegate(Object iterator, Object sent, PyBaseException thrown, PyExpressionNode location) {
        if (iterator instanceof PyGenerator g) {
            if (thrown != null && thrown.getPyClass().isSubclassOf(BuiltinTypes.GENERATOR_EXIT)) {
                g.close();
                throw new PyException(thrown, location);
            }
            Object v = g.resume(sent, thrown);
            return v == null ? new Step(true, g.getReturnValue()) : new Step(false, v);
        }
        if (thrown != null) {
            Object method = PyOps.getAttributeOrNull(iterator, thrown.getPyClass().isSubclassOf(
                BuiltinTypes.GENERATOR_EXIT) ? "close" : "throw");
            if (method == null || thrown.getPyClass().isSubclassOf(BuiltinTypes.GENERATOR_EXIT)) {
                if (method != null) {
                    PyOps.call(method, new Object[0], null);
                }
                throw new PyException(thrown, location);
            }
            return callCatchingStop(method, thrown);
        }
        if (sent == PyNone.INSTANCE && iterator instanceof PyInstance) {
            // a StopIteration raised by a Python __next__ carries the value of the whole yield from
            return callCatchingStop(PyOps.getAttribute(iterator, "__next__"));
        }
        if (sent == PyNone.INSTANCE) {
            Object v = PyOps.next(iterator);
            return v == null ? new Step(true, PyNone.INSTANCE) : new Step(false, v);
        }
        return callCatchingStop(PyOps.getAttribute(iterator, "send"), sent);
    }

    private static Step callCatchingStop(Object method, Object... arguments) {
        try {
            return new Step(false, PyOps.call(method, arguments, null));
        } catch (PyException e) {
            PyBaseException exc = e.getPythonException();
            if (exc.getPyClass().isSubclassOf(BuiltinTypes.STOP_ITERATION)) {
                return new Step(true, exc.getArgs().size() > 0 ? exc.getArgs().get(0) : PyNone.INSTANCE);
            }
            throw e;
        }
    }
}
