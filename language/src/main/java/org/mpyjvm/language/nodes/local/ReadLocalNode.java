package org.mpyjvm.language.nodes.local;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.frame.VirtualFrame;
import org.mpyjvm.language.errors.Errors;
import org.mpyjvm.language.nodes.PyExpressionNode;

/** Reads a local variable from its frame slot; an empty slot is MicroPython's unbound-local NameError. */
public final class ReadLocalNode extends PyExpressionNode {
    private final int slot;

    public ReadLocalNode(int slot) {
        this.slot = slot;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object v = frame.getObject(slot);
        if (v == null) {
            CompilerDirectives.transferToInterpreter();
            throw Errors.unboundLocal();
        }
        return v;
    }
}
