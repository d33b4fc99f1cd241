package org.mpyjvm.language.nodes.literal;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.mpyjvm.language.nodes.PyExpressionNode;

/** A literal: int, float, str, bytes, None, True, False or Ellipsis. */
public final class ConstantNode extends PyExpressionNode {
    private final Object value;

    public ConstantNode(Object value) {
        this.value = value;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        return value;
    }

    @Override
    public long executeLong(VirtualFrame frame) throws com.oracle.truffle.api.nodes.UnexpectedResultException {
        if (value instanceof Long l) {
            return l;
        }
        throw new com.oracle.truffle.api.nodes.UnexpectedResultException(value);
    }
}
