package org.mpyjvm.language.nodes.literal;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import org.mpyjvm.language.nodes.PyExpressionNode;
import org.mpyjvm.language.runtime.ValueFormat;

/** One f-string field: {@code {value!conversion:spec}}, the spec itself possibly built from nested fields. */
public final class FormatFieldNode extends PyExpressionNode {
    @Child private PyExpressionNode value;
    @Child private PyExpressionNode spec;
    private final char conversion;

    public FormatFieldNode(PyExpressionNode value, char conversion, PyExpressionNode spec) {
        this.value = value;
        this.conversion = conversion;
        this.spec = spec;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object v = value.execute(frame);
        String s = spec == null ? "" : (String) spec.execute(frame);
        return format(v, conversion, s);
    }

    @TruffleBoundary
    private static String format(Object v, char conversion, String spec) {
        return ValueFormat.field(v, conversion, spec);
    }
}
