package org.mpyjvm.language.nodes.statement;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.frame.VirtualFrame;
import org.mpyjvm.language.errors.Errors;
import org.mpyjvm.language.errors.PyException;
import org.mpyjvm.language.nodes.PyExpressionNode;
import org.mpyjvm.language.nodes.PyStatementNode;
import org.mpyjvm.language.runtime.BuiltinTypes;

/** assert test [, message]. */
public final class AssertNode extends PyStatementNode {
    @Child private PyExpressionNode test;
    @Child private PyExpressionNode message;

    public AssertNode(PyExpressionNode test, PyExpressionNode message) {
        this.test = test;
        this.message = message;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        if (!test.executeBoolean(frame)) {
            CompilerDirectives.transferToInterpreter();
            PyException e = message == null ? Errors.create(BuiltinTypes.ASSERTION_ERROR, null)
                : Errors.createWithArgs(BuiltinTypes.ASSERTION_ERROR, message.execute(frame));
            throw e;
        }
    }
}
