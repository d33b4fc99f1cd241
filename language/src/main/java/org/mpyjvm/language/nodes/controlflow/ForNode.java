package org.mpyjvm.language.nodes.controlflow;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.mpyjvm.language.errors.ControlFlow;
import org.mpyjvm.language.nodes.PyExpressionNode;
import org.mpyjvm.language.nodes.PyStatementNode;
import org.mpyjvm.language.nodes.PyWriteNode;
import org.mpyjvm.language.runtime.PyOps;
import org.mpyjvm.language.runtime.PyRange;

/** for/else over any iterable, with a counting fast path for range(). */
public final class ForNode extends PyStatementNode {
    @Child private PyWriteNode target;
    @Child private PyExpressionNode iterable;
    @Child private PyStatementNode body;
    @Child private PyStatementNode orelse;

    public ForNode(PyWriteNode target, PyExpressionNode iterable, PyStatementNode body, PyStatementNode orelse) {
        this.target = target;
        this.iterable = iterable;
        this.body = body;
        this.orelse = orelse;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        Object source = iterable.execute(frame);
        try {
            if (source instanceof PyRange r) {
                long n = r.length();
                for (long i = 0; i < n; i++) {
                    target.executeWrite(frame, r.start() + i * r.step());
                    runBody(frame);
                }
            } else {
                Object it = PyOps.iter(source);
                for (Object v = PyOps.next(it); v != null; v = PyOps.next(it)) {
                    target.executeWrite(frame, v);
                    runBody(frame);
                }
            }
        } catch (ControlFlow.Break b) {
            return;
        }
        if (orelse != null) {
            orelse.executeVoid(frame);
        }
    }

    private void runBody(VirtualFrame frame) {
        try {
            body.executeVoid(frame);
        } catch (ControlFlow.Continue c) {
            // next iteration
        }
    }
}
