package org.mpyjvm.language.nodes.generator;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.mpyjvm.language.errors.ControlFlow;
import org.mpyjvm.language.nodes.PyExpressionNode;
import org.mpyjvm.language.nodes.CallbackCheckpoint;
import org.mpyjvm.language.nodes.PyStatementNode;
import org.mpyjvm.language.runtime.PyGenerator;

/** while/else in a generator: resumes in the condition, the body or the else-branch. */
public final class ResumableWhileNode extends PyStatementNode {
    private static final int CONDITION = 0;
    private static final int BODY = 1;
    private static final int ELSE = 2;

    @Child private PyExpressionNode condition;
    @Child private PyStatementNode body;
    @Child private PyStatementNode orelse;
    private final int phaseSlot;
    private final PyGenerator.Slots slots;

    public ResumableWhileNode(PyExpressionNode condition, PyStatementNode body, PyStatementNode orelse, int phaseSlot,
                              PyGenerator.Slots slots) {
        this.condition = condition;
        this.body = body;
        this.orelse = orelse;
        this.phaseSlot = phaseSlot;
        this.slots = slots;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        int phase = frame.getBoolean(slots.resuming()) ? frame.getInt(phaseSlot) : CONDITION;
        if (phase != ELSE) {
            try {
                while (true) {
                    if (phase == CONDITION) {
                        frame.setInt(phaseSlot, CONDITION);
                        CallbackCheckpoint.poll(this);
                        if (!condition.executeBoolean(frame)) {
                            break;
                        }
                        frame.setInt(phaseSlot, BODY);
                    }
                    phase = CONDITION;
                    try {
                        body.executeVoid(frame);
                    } catch (ControlFlow.Continue c) {
                        // next iteration
                    }
                }
            } catch (ControlFlow.Break b) {
                return;
            }
        }
        if (orelse != null) {
            frame.setInt(phaseSlot, ELSE);
            orelse.executeVoid(frame);
        }
    }
}
