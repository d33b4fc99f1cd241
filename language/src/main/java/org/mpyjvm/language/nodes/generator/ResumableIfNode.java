package org.mpyjvm.language.nodes.generator;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.mpyjvm.language.nodes.PyExpressionNode;
import org.mpyjvm.language.nodes.CallbackCheckpoint;
import org.mpyjvm.language.nodes.PyStatementNode;
import org.mpyjvm.language.runtime.PyGenerator;

/** if/else in a generator: the slot says whether the condition, the then-branch or the else-branch was running. */
public final class ResumableIfNode extends PyStatementNode {
    private static final int CONDITION = 0;
    private static final int THEN = 1;
    private static final int ELSE = 2;

    @Child private PyExpressionNode condition;
    @Child private PyStatementNode then;
    @Child private PyStatementNode otherwise;
    private final int phaseSlot;
    private final PyGenerator.Slots slots;

    public ResumableIfNode(PyExpressionNode condition, PyStatementNode then, PyStatementNode otherwise, int phaseSlot,
                           PyGenerator.Slots slots) {
        this.condition = condition;
        this.then = then;
        this.otherwise = otherwise;
        this.phaseSlot = phaseSlot;
        this.slots = slots;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        int phase = frame.getBoolean(slots.resuming()) ? frame.getInt(phaseSlot) : CONDITION;
        if (phase == CONDITION) {
            frame.setInt(phaseSlot, CONDITION);
            phase = condition.executeBoolean(frame) ? THEN : ELSE;
            CallbackCheckpoint.poll(this);
            frame.setInt(phaseSlot, phase);
        }
        if (phase == THEN) {
            then.executeVoid(frame);
        } else if (otherwise != null) {
            otherwise.executeVoid(frame);
        }
    }
}
