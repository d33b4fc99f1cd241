package org.mpyjvm.language.nodes.expression;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.mpyjvm.language.nodes.PyExpressionNode;
import org.mpyjvm.language.runtime.PyOps;

/** {@code obj.name}. */
public final class GetAttributeNode extends PyExpressionNode {
    @Child private PyExpressionNode object;
    private final String name;

    public GetAttributeNode(PyExpressionNode object, String name) {
        this.object = object;
        this.name = name;
    }

    public PyExpressionNode getObject() {
        return object;
    }

    public String getName() {
        return name;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        return PyOps.getAttribute(object.execute(frame), name);
    }
}
