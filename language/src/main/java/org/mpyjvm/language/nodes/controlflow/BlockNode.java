package org.mpyjvm.language.nodes.controlflow;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import org.mpyjvm.language.errors.PyException;
import org.mpyjvm.language.nodes.PyStatementNode;

/**
 * A sequence of statements. An exception passing through notes the line of the statement it came from, which is
 * how tracebacks get their line numbers (the innermost block sees it first).
 */
public final class BlockNode extends PyStatementNode {
    @Children private final PyStatementNode[] statements;

    public BlockNode(PyStatementNode[] statements) {
        this.statements = statements;
    }

    public PyStatementNode[] getStatements() {
        return statements;
    }

    @Override
    @ExplodeLoop
    public void executeVoid(VirtualFrame frame) {
        for (int i = 0; i < statements.length; i++) {
            try {
                statements[i].executeVoid(frame);
            } catch (PyException e) {
                e.notePendingLine(statements[i].getLine());
                throw e;
            }
        }
    }
}
