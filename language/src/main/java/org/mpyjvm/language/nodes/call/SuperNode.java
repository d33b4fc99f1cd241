package org.mpyjvm.language.nodes.call;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.mpyjvm.language.errors.Errors;
import org.mpyjvm.language.nodes.PyExpressionNode;
import org.mpyjvm.language.runtime.PyClass;
import org.mpyjvm.language.runtime.PySuper;

/** Zero-argument super(): the enclosing class (from the {@code __class__} cell) and the first parameter. */
public final class SuperNode extends PyExpressionNode {
    @Child private PyExpressionNode classCell;
    @Child private PyExpressionNode self;

    public SuperNode(PyExpressionNode classCell, PyExpressionNode self) {
        this.classCell = classCell;
        this.self = self;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        if (self == null) {
            throw Errors.typeError(Errors.SUPER_NO_ARGS);
        }
        return new PySuper((PyClass) classCell.execute(frame), self.execute(frame));
    }
}
