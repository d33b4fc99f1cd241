package org.mpyjvm.language.nodes.local;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.frame.VirtualFrame;
import org.mpyjvm.language.errors.Errors;
import org.mpyjvm.language.nodes.PyExpressionNode;
import org.mpyjvm.language.runtime.PyCell;
import org.mpyjvm.language.runtime.PyFunction;

/**
 * Reads a variable shared with closures: either a cell of this function (in a frame slot) or a free variable
 * (from the running function's closure, {@code slot < 0} meaning closure index {@code -slot-1}).
 */
public final class ReadCellNode extends PyExpressionNode {
    private final int slot;
    private final String name;

    public ReadCellNode(int slot, String name) {
        this.slot = slot;
        this.name = name;
    }

    public static PyCell cell(VirtualFrame frame, int slot) {
        if (slot >= 0) {
            return (PyCell) frame.getObject(slot);
        }
        return ((PyFunction) frame.getArguments()[0]).getClosure()[-slot - 1];
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object v = cell(frame, slot).get();
        if (v == null) {
            CompilerDirectives.transferToInterpreter();
            // py/vm.c LOAD_DEREF: an empty cell is the same error whether the cell is this frame's or a free one
            throw Errors.unboundLocal();
        }
        return v;
    }
}
