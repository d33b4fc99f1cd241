package org.mpyjvm.language.nodes.expression;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.mpyjvm.language.nodes.PyExpressionNode;
import org.mpyjvm.language.runtime.PyNone;
import org.mpyjvm.language.runtime.PySlice;

/** {@code a:b:c} inside a subscript; absent parts are None. */
public final class SliceNode extends PyExpressionNode {
    @Child private PyExpressionNode start;
    @Child private PyExpressionNode stop;
    @Child private PyExpressionNode step;

    public SliceNode(PyExpressionNode start, PyExpressionNode stop, PyExpressionNode step) {
        this.start = start;
        this.stop = stop;
        this.step = step;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        return new PySlice(part(start, frame), part(stop, frame), part(step, frame));
    }

    private static Object part(PyExpressionNode node, VirtualFrame frame) {
        return node == null ? PyNone.INSTANCE : node.execute(frame);
    }
}
