package org.mpyjvm.language.nodes;

import com.oracle.truffle.api.dsl.TypeSystemReference;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.instrumentation.GenerateWrapper;
import com.oracle.truffle.api.instrumentation.ProbeNode;
import com.oracle.truffle.api.instrumentation.StandardTags;
import com.oracle.truffle.api.instrumentation.Tag;
import com.oracle.truffle.api.nodes.UnexpectedResultException;
import org.mpyjvm.language.runtime.PyOps;

/** A node that produces a value. As a statement (an expression statement) its value is dropped. */
@GenerateWrapper
@TypeSystemReference(PyTypes.class)
public abstract class PyExpressionNode extends PyStatementNode {
    private boolean callTag;

    public abstract Object execute(VirtualFrame frame);

    public long executeLong(VirtualFrame frame) throws UnexpectedResultException {
        Object v = execute(frame);
        if (v instanceof Long l) {
            return l;
        }
        throw new UnexpectedResultException(v);
    }

    public boolean executeBoolean(VirtualFrame frame) {
        Object v = execute(frame);
        if (v instanceof Boolean b) {
            return b;
        }
        return PyOps.isTrue(v);
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        execute(frame);
    }

    public final void markCall() {
        callTag = true;
    }

    @Override
    public boolean hasTag(Class<? extends Tag> tag) {
        if (tag == StandardTags.CallTag.class) {
            return callTag;
        }
        if (tag == StandardTags.ExpressionTag.class) {
            return false;
        }
        return super.hasTag(tag);
    }

    @Override
    public WrapperNode createWrapper(ProbeNode probe) {
        return new PyExpressionNodeWrapper(this, probe);
    }
}
