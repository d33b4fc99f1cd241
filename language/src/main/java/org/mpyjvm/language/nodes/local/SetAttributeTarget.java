package org.mpyjvm.language.nodes.local;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.mpyjvm.language.nodes.PyExpressionNode;
import org.mpyjvm.language.nodes.PyWriteNode;
import org.mpyjvm.language.runtime.PyOps;

/** {@code obj.name = value} and {@code del obj.name}. */
public final class SetAttributeTarget extends PyWriteNode {
    @Child private PyExpressionNode object;
    private final String name;

    public SetAttributeTarget(PyExpressionNode object, String name) {
        this.object = object;
        this.name = name;
    }

    @Override
    public void executeWrite(VirtualFrame frame, Object value) {
        PyOps.setAttribute(object.execute(frame), name, value);
    }

    @Override
    public void executeDelete(VirtualFrame frame) {
        PyOps.deleteAttribute(object.execute(frame), name);
    }
}
