package org.mpyjvm.language.nodes.controlflow;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.profiles.CountingConditionProfile;
import org.mpyjvm.language.nodes.CallbackCheckpoint;
import org.mpyjvm.language.nodes.PyExpressionNode;
import org.mpyjvm.language.nodes.PyStatementNode;

/** if/else (elif chains are nested IfNodes). */
public final class IfNode extends PyStatementNode {
    @Child private PyExpressionNode condition;
    @Child private PyStatementNode then;
    @Child private PyStatementNode otherwise;
    private final CountingConditionProfile profile = CountingConditionProfile.create();

    public IfNode(PyExpressionNode condition, PyStatementNode then, PyStatementNode otherwise) {
        this.condition = condition;
        this.then = then;
        this.otherwise = otherwise;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        boolean test = condition.executeBoolean(frame);
        CallbackCheckpoint.poll(this); // MicroPython's POP_JUMP_IF_FALSE
        if (profile.profile(test)) {
            then.executeVoid(frame);
            if (otherwise != null) {
                CallbackCheckpoint.poll(this); // the jump over the else branch
            }
        } else if (otherwise != null) {
            otherwise.executeVoid(frame);
        }
    }
}
