package org.mpyjvm.language.nodes.controlflow;

import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.LoopNode;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.RepeatingNode;
import com.oracle.truffle.api.profiles.CountingConditionProfile;
import org.mpyjvm.language.errors.ControlFlow;
import org.mpyjvm.language.nodes.CallbackCheckpoint;
import org.mpyjvm.language.nodes.PyExpressionNode;
import org.mpyjvm.language.nodes.PyStatementNode;
import org.mpyjvm.language.nodes.PyWriteNode;
import org.mpyjvm.language.runtime.PyOps;
import org.mpyjvm.language.runtime.PyRange;

/**
 * for/else over any iterable, through a Truffle {@link LoopNode} (so long loops get on-stack replacement and count
 * towards compiling their function). The loop state lives in frame slots, as OSR requires: for a range, the next
 * value and the remaining count as longs (no iterator object); otherwise the iterator.
 */
public final class ForNode extends PyStatementNode {
    @Child private PyExpressionNode iterable;
    @Child private LoopNode loop;
    @Child private PyStatementNode orelse;
    private final int iteratorSlot;
    private final int nextSlot;
    private final int remainingSlot;
    private final int stepSlot;

    /** {@code stateSlot} is the first of four consecutive frame slots reserved for this loop. */
    public ForNode(PyWriteNode target, PyExpressionNode iterable, PyStatementNode body, PyStatementNode orelse,
                   int stateSlot) {
        this.iterable = iterable;
        this.orelse = orelse;
        this.iteratorSlot = stateSlot;
        this.nextSlot = stateSlot + 1;
        this.remainingSlot = stateSlot + 2;
        this.stepSlot = stateSlot + 3;
        this.loop = Truffle.getRuntime().createLoopNode(new Step(target, body, this));
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        Object source = iterable.execute(frame);
        if (source instanceof PyRange r) {
            frame.setObject(iteratorSlot, null);
            frame.setLong(nextSlot, r.start());
            frame.setLong(remainingSlot, r.length());
            frame.setLong(stepSlot, r.step());
            CallbackCheckpoint.poll(this); // MicroPython compiles it as a counting loop: a jump to its test first
        } else {
            frame.setObject(iteratorSlot, PyOps.iter(source));
        }
        try {
            loop.execute(frame);
        } catch (ControlFlow.Break b) {
            frame.setObject(iteratorSlot, null);
            return;
        }
        frame.setObject(iteratorSlot, null);
        if (orelse != null) {
            orelse.executeVoid(frame);
        }
    }

    private static final class Step extends Node implements RepeatingNode {
        @Child private PyWriteNode target;
        @Child private PyStatementNode body;
        private final ForNode loop;
        private final CountingConditionProfile overRange = CountingConditionProfile.create();

        Step(PyWriteNode target, PyStatementNode body, ForNode loop) {
            this.target = target;
            this.body = body;
            this.loop = loop;
        }

        @Override
        public boolean executeRepeating(VirtualFrame frame) {
            Object iterator = frame.getObject(loop.iteratorSlot);
            Object value;
            boolean counting = overRange.profile(iterator == null);
            if (counting) {
                long remaining = frame.getLong(loop.remainingSlot);
                CallbackCheckpoint.poll(this); // after the counting loop's test
                if (remaining <= 0) {
                    return false;
                }
                long next = frame.getLong(loop.nextSlot);
                frame.setLong(loop.remainingSlot, remaining - 1);
                frame.setLong(loop.nextSlot, next + frame.getLong(loop.stepSlot));
                value = next;
            } else {
                value = PyOps.next(iterator);
                if (value == null) {
                    return false;
                }
            }
            target.executeWrite(frame, value);
            try {
                body.executeVoid(frame);
            } catch (ControlFlow.Continue c) {
                // next iteration
            }
            if (!counting) {
                CallbackCheckpoint.poll(this); // FOR_ITER is no check point, the jump back after the body is
            }
            return true;
        }
    }
}
