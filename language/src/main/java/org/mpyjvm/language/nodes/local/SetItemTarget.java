package org.mpyjvm.language.nodes.local;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.mpyjvm.language.nodes.PyExpressionNode;
import org.mpyjvm.language.nodes.PyWriteNode;
import org.mpyjvm.language.runtime.PyList;
import org.mpyjvm.language.runtime.Subscripts;

/** {@code obj[index] = value} and {@code del obj[index]}. */
public final class SetItemTarget extends PyWriteNode {
    @Child private PyExpressionNode object;
    @Child private PyExpressionNode index;

    public SetItemTarget(PyExpressionNode object, PyExpressionNode index) {
        this.object = object;
        this.index = index;
    }

    @Override
    public void executeWrite(VirtualFrame frame, Object value) {
        Object o = object.execute(frame);
        Object i = index.execute(frame);
        if (o instanceof PyList l && i instanceof Long idx && idx >= 0 && idx < l.size()) {
            l.set((int) (long) idx, value);
            return;
        }
        Subscripts.setItem(o, i, value);
    }

    @Override
    public void executeDelete(VirtualFrame frame) {
        Subscripts.deleteItem(object.execute(frame), index.execute(frame));
    }
}
