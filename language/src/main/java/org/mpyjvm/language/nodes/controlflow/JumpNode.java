package org.mpyjvm.language.nodes.controlflow;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.mpyjvm.language.errors.ControlFlow;
import org.mpyjvm.language.nodes.PyStatementNode;

/** break, continue and pass. */
public final class JumpNode extends PyStatementNode {
    public enum Kind { BREAK, CONTINUE, PASS }

    private final Kind kind;

    public JumpNode(Kind kind) {
        this.kind = kind;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        if (kind == Kind.BREAK) {
            throw ControlFlow.Break.INSTANCE;
        }
        if (kind == Kind.CONTINUE) {
            throw ControlFlow.Continue.INSTANCE;
        }
    }
}
