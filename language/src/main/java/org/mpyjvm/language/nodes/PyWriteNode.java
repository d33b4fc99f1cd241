package org.mpyjvm.language.nodes;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.Node;

/** An assignment target: a name, attribute, subscript or unpacking pattern. */
public abstract class PyWriteNode extends Node {
    public abstract void executeWrite(VirtualFrame frame, Object value);

    /** {@code del target}. */
    public abstract void executeDelete(VirtualFrame frame);
}
