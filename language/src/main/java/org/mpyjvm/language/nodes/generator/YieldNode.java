package org.mpyjvm.language.nodes.generator;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.mpyjvm.language.errors.ControlFlow;
import org.mpyjvm.language.errors.PyException;
import org.mpyjvm.language.nodes.PyExpressionNode;
import org.mpyjvm.language.runtime.PyBaseException;
import org.mpyjvm.language.runtime.PyGenerator;

/**
 * {@code yield value}. Suspending marks this node's slot and unwinds with {@link ControlFlow.Yield}; when the
 * generator is resumed, the enclosing resumable nodes lead back here, the mark says "this is the yield that
 * suspended", and the expression's value is what was sent (or the thrown exception is raised here).
 */
public final class YieldNode extends PyExpressionNode implements SuspendPoint {
    @Child private PyExpressionNode value;
    private final int suspendedSlot;
    private final PyGenerator.Slots slots;

    public YieldNode(PyExpressionNode value, int suspendedSlot, PyGenerator.Slots slots) {
        this.value = value;
        this.suspendedSlot = suspendedSlot;
        this.slots = slots;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        if (frame.getBoolean(slots.resuming()) && frame.getObject(suspendedSlot) != null) {
            frame.setObject(suspendedSlot, null);
            return resumeHere(frame, slots, this);
        }
        Object v = value.execute(frame);
        frame.setObject(suspendedSlot, Boolean.TRUE);
        throw new ControlFlow.Yield(v);
    }

    /** Ends the resume walk: later nodes run normally; returns the sent value or raises the thrown exception. */
    static Object resumeHere(VirtualFrame frame, PyGenerator.Slots slots, PyExpressionNode location) {
        frame.setBoolean(slots.resuming(), false);
        Object thrown = frame.getObject(slots.thrown());
        if (thrown != null) {
            frame.setObject(slots.thrown(), null);
            throw new PyException((PyBaseException) thrown, location);
        }
        return frame.getObject(slots.sent());
    }
}
