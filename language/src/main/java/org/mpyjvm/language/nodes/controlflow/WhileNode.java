package org.mpyjvm.language.nodes.controlflow;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.LoopNode;
import com.oracle.truffle.api.nodes.RepeatingNode;
import org.mpyjvm.language.errors.ControlFlow;
import org.mpyjvm.language.nodes.CallbackCheckpoint;
import org.mpyjvm.language.nodes.PyExpressionNode;
import org.mpyjvm.language.nodes.PyStatementNode;

/** while/else, through a Truffle {@link LoopNode} so long loops get on-stack replacement. */
public final class WhileNode extends PyStatementNode {
    @Child private LoopNode loop;
    @Child private PyStatementNode orelse;

    public WhileNode(PyExpressionNode condition, PyStatementNode body, PyStatementNode orelse) {
        this.loop = com.oracle.truffle.api.Truffle.getRuntime().createLoopNode(new Repeating(condition, body));
        this.orelse = orelse;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        CallbackCheckpoint.poll(this); // the compiled loop starts with a jump to its test
        try {
            loop.execute(frame);
        } catch (ControlFlow.Break b) {
            return;
        }
        if (orelse != null) {
            orelse.executeVoid(frame);
        }
    }

    private static final class Repeating extends com.oracle.truffle.api.nodes.Node implements RepeatingNode {
        @Child private PyExpressionNode condition;
        @Child private PyStatementNode body;

        Repeating(PyExpressionNode condition, PyStatementNode body) {
            this.condition = condition;
            this.body = body;
        }

        @Override
        public boolean executeRepeating(VirtualFrame frame) {
            boolean test = condition.executeBoolean(frame);
            CallbackCheckpoint.poll(this); // MicroPython's POP_JUMP_IF_TRUE after each test
            if (!test) {
                return false;
            }
            try {
                body.executeVoid(frame);
            } catch (ControlFlow.Continue c) {
                return true;
            }
            return true;
        }
    }
}
