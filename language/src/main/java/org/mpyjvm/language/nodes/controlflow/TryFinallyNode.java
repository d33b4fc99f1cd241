package org.mpyjvm.language.nodes.controlflow;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.mpyjvm.language.nodes.PyStatementNode;

/** try/finally: the final block runs on every exit; a return or raise inside it wins, as in Python. */
public final class TryFinallyNode extends PyStatementNode {
    @Child private PyStatementNode body;
    @Child private PyStatementNode finalBody;

    public TryFinallyNode(PyStatementNode body, PyStatementNode finalBody) {
        this.body = body;
        this.finalBody = finalBody;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        try {
            body.executeVoid(frame);
        } finally {
            finalBody.executeVoid(frame);
        }
    }
}
