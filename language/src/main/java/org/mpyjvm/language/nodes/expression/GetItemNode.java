package org.mpyjvm.language.nodes.expression;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.mpyjvm.language.nodes.PyExpressionNode;
import org.mpyjvm.language.runtime.PyList;
import org.mpyjvm.language.runtime.Subscripts;

/** {@code obj[index]}, with a fast path for a list indexed by a non-negative int in range. */
public final class GetItemNode extends PyExpressionNode {
    @Child private PyExpressionNode object;
    @Child private PyExpressionNode index;

    public GetItemNode(PyExpressionNode object, PyExpressionNode index) {
        this.object = object;
        this.index = index;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object o = object.execute(frame);
        Object i = index.execute(frame);
        if (o instanceof PyList l && i instanceof Long idx && idx >= 0 && idx < l.size()) {
            return l.get((int) (long) idx);
        }
        return Subscripts.getItem(o, i);
    }
}
