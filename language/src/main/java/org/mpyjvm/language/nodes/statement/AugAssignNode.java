package org.mpyjvm.language.nodes.statement;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.mpyjvm.language.nodes.PyExpressionNode;
import org.mpyjvm.language.nodes.PyStatementNode;
import org.mpyjvm.language.nodes.PyWriteNode;
import org.mpyjvm.language.runtime.Arithmetic;
import org.mpyjvm.language.runtime.PyOps;
import org.mpyjvm.language.runtime.Subscripts;

/**
 * {@code target op= value}. For {@code obj.attr += v} and {@code obj[i] += v} the object and index are evaluated
 * once; for names the read and write nodes are used directly.
 */
public final class AugAssignNode extends PyStatementNode {
    /** What kind of target. */
    public enum Kind { NAME, ATTRIBUTE, SUBSCRIPT }

    private final Kind kind;
    private final Arithmetic.Op op;
    @Child private PyExpressionNode read;
    @Child private PyWriteNode write;
    @Child private PyExpressionNode object;
    @Child private PyExpressionNode index;
    private final String attribute;
    @Child private PyExpressionNode value;

    private AugAssignNode(Kind kind, Arithmetic.Op op, PyExpressionNode read, PyWriteNode write,
                          PyExpressionNode object, PyExpressionNode index, String attribute, PyExpressionNode value) {
        this.kind = kind;
        this.op = op;
        this.read = read;
        this.write = write;
        this.object = object;
        this.index = index;
        this.attribute = attribute;
        this.value = value;
    }

    public static AugAssignNode name(Arithmetic.Op op, PyExpressionNode read, PyWriteNode write, PyExpressionNode value) {
        return new AugAssignNode(Kind.NAME, op, read, write, null, null, null, value);
    }

    public static AugAssignNode attribute(Arithmetic.Op op, PyExpressionNode object, String attribute,
                                          PyExpressionNode value) {
        return new AugAssignNode(Kind.ATTRIBUTE, op, null, null, object, null, attribute, value);
    }

    public static AugAssignNode subscript(Arithmetic.Op op, PyExpressionNode object, PyExpressionNode index,
                                          PyExpressionNode value) {
        return new AugAssignNode(Kind.SUBSCRIPT, op, null, null, object, index, null, value);
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        switch (kind) {
            case NAME: {
                Object current = read.execute(frame);
                Object v = value.execute(frame);
                write.executeWrite(frame, apply(current, v));
                break;
            }
            case ATTRIBUTE: {
                Object o = object.execute(frame);
                Object current = PyOps.getAttribute(o, attribute);
                PyOps.setAttribute(o, attribute, apply(current, value.execute(frame)));
                break;
            }
            default: {
                Object o = object.execute(frame);
                Object i = index.execute(frame);
                Object current = Subscripts.getItem(o, i);
                Subscripts.setItem(o, i, apply(current, value.execute(frame)));
            }
        }
    }

    private Object apply(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            long l = x;
            long r = y;
            if (op == Arithmetic.Op.ADD) {
                long s = l + r;
                if (((l ^ s) & (r ^ s)) >= 0) {
                    return s;
                }
            } else if (op == Arithmetic.Op.SUB) {
                long s = l - r;
                if (((l ^ r) & (l ^ s)) >= 0) {
                    return s;
                }
            }
        }
        return Arithmetic.inplace(op, a, b);
    }
}
