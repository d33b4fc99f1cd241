package org.mpyjvm.language.nodes.local;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.frame.VirtualFrame;
import org.mpyjvm.language.errors.Errors;
import org.mpyjvm.language.nodes.PyWriteNode;

/** Stores into a local variable's frame slot. */
public final class WriteLocalNode extends PyWriteNode {
    private final int slot;

    public WriteLocalNode(int slot) {
        this.slot = slot;
    }

    @Override
    public void executeWrite(VirtualFrame frame, Object value) {
        frame.setObject(slot, value);
    }

    @Override
    public void executeDelete(VirtualFrame frame) {
        if (frame.getObject(slot) == null) {
            CompilerDirectives.transferToInterpreter();
            throw Errors.unboundLocal();
        }
        frame.setObject(slot, null);
    }
}
