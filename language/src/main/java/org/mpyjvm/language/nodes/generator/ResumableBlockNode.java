package org.mpyjvm.language.nodes.generator;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.mpyjvm.language.errors.PyException;
import org.mpyjvm.language.nodes.PyStatementNode;
import org.mpyjvm.language.runtime.PyGenerator;

/** A statement sequence in a generator: remembers which statement runs, and resumes there. */
public final class ResumableBlockNode extends PyStatementNode {
    @Children private final PyStatementNode[] statements;
    private final int indexSlot;
    private final PyGenerator.Slots slots;

    public ResumableBlockNode(PyStatementNode[] statements, int indexSlot, PyGenerator.Slots slots) {
        this.statements = statements;
        this.indexSlot = indexSlot;
        this.slots = slots;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        int start = frame.getBoolean(slots.resuming()) ? frame.getInt(indexSlot) : 0;
        for (int i = start; i < statements.length; i++) {
            frame.setInt(indexSlot, i);
            try {
                statements[i].executeVoid(frame);
            } catch (PyException e) {
                e.notePendingLine(statements[i].getLine());
                throw e;
            }
        }
    }
}
