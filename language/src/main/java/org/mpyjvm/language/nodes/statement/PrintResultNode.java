package org.mpyjvm.language.nodes.statement;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import org.mpyjvm.language.MpyContext;
import org.mpyjvm.language.nodes.PyExpressionNode;
import org.mpyjvm.language.nodes.PyStatementNode;
import org.mpyjvm.language.runtime.PyNone;
import org.mpyjvm.language.runtime.PyOps;

/** A REPL expression statement: prints the repr of a non-None result, as MicroPython's REPL does. */
public final class PrintResultNode extends PyStatementNode {
    @Child private PyExpressionNode value;

    public PrintResultNode(PyExpressionNode value) {
        this.value = value;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        Object v = value.execute(frame);
        if (v != PyNone.INSTANCE) {
            print(MpyContext.get(this), v);
        }
    }

    @TruffleBoundary
    private static void print(MpyContext context, Object v) {
        context.getOut().println(PyOps.repr(v));
    }
}
