package org.mpyjvm.language.nodes.local;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.frame.VirtualFrame;
import org.mpyjvm.language.errors.Errors;
import org.mpyjvm.language.nodes.PyWriteNode;

/** Stores a module-level name into the running function's globals. */
public final class WriteGlobalNode extends PyWriteNode {
    private final String name;

    public WriteGlobalNode(String name) {
        this.name = name;
    }

    @Override
    public void executeWrite(VirtualFrame frame, Object value) {
        ReadGlobalNode.globals(frame).put(name, value);
    }

    @Override
    public void executeDelete(VirtualFrame frame) {
        if (ReadGlobalNode.globals(frame).storage().remove(name) == null) {
            CompilerDirectives.transferToInterpreter();
            throw Errors.nameNotDefined(name);
        }
    }
}
