package org.mpyjvm.language.nodes.statement;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import org.mpyjvm.language.nodes.PyStatementNode;
import org.mpyjvm.language.nodes.PyWriteNode;

/** del a, b.c, d[e]. */
public final class DeleteNode extends PyStatementNode {
    @Children private final PyWriteNode[] targets;

    public DeleteNode(PyWriteNode[] targets) {
        this.targets = targets;
    }

    @Override
    @ExplodeLoop
    public void executeVoid(VirtualFrame frame) {
        for (PyWriteNode t : targets) {
            t.executeDelete(frame);
        }
    }
}
