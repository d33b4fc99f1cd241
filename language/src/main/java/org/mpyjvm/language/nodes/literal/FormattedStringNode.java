package org.mpyjvm.language.nodes.literal;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import org.mpyjvm.language.nodes.PyExpressionNode;

/** An f-string: literal pieces and formatted fields concatenated. */
public final class FormattedStringNode extends PyExpressionNode {
    @Children private final PyExpressionNode[] parts;

    public FormattedStringNode(PyExpressionNode[] parts) {
        this.parts = parts;
    }

    @Override
    @ExplodeLoop
    public Object execute(VirtualFrame frame) {
        String[] pieces = new String[parts.length];
        for (int i = 0; i < parts.length; i++) {
            pieces[i] = (String) parts[i].execute(frame);
        }
        return join(pieces);
    }

    @TruffleBoundary
    private static String join(String[] pieces) {
        return String.join("", pieces);
    }
}
