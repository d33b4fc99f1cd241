package org.mpyjvm.language.nodes.local;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.frame.VirtualFrame;
import org.mpyjvm.language.errors.Errors;
import org.mpyjvm.language.nodes.PyWriteNode;
import org.mpyjvm.language.runtime.PyDict;

/** Stores a name into the class namespace being built (frame slot 0 of a class body). */
public final class WriteClassNameNode extends PyWriteNode {
    private final String name;

    public WriteClassNameNode(String name) {
        this.name = name;
    }

    @Override
    public void executeWrite(VirtualFrame frame, Object value) {
        ((PyDict) frame.getObject(0)).put(name, value);
    }

    @Override
    public void executeDelete(VirtualFrame frame) {
        if (((PyDict) frame.getObject(0)).storage().remove(name) == null) {
            CompilerDirectives.transferToInterpreter();
            throw Errors.nameNotDefined(name);
        }
    }
}
