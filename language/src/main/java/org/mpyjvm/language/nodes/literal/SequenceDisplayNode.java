package org.mpyjvm.language.nodes.literal;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import java.util.ArrayList;
import org.mpyjvm.language.nodes.PyExpressionNode;
import org.mpyjvm.language.runtime.PyList;
import org.mpyjvm.language.runtime.PyOps;
import org.mpyjvm.language.runtime.PySet;
import org.mpyjvm.language.runtime.PyTuple;

/** [a, *b], (a, *b) and {a, *b}: evaluates the items left to right, expanding starred ones. */
public final class SequenceDisplayNode extends PyExpressionNode {
    public enum Kind { LIST, TUPLE, SET }

    @Children private final PyExpressionNode[] items;
    @CompilationFinal(dimensions = 1) private final boolean[] starred;
    private final Kind kind;
    private final boolean anyStarred;

    public SequenceDisplayNode(Kind kind, PyExpressionNode[] items, boolean[] starred) {
        this.kind = kind;
        this.items = items;
        this.starred = starred;
        boolean any = false;
        for (boolean s : starred) {
            any |= s;
        }
        this.anyStarred = any;
    }

    @Override
    @ExplodeLoop
    public Object execute(VirtualFrame frame) {
        if (!anyStarred) {
            Object[] values = new Object[items.length];
            for (int i = 0; i < items.length; i++) {
                values[i] = items[i].execute(frame);
            }
            return build(values);
        }
        ArrayList<Object> values = new ArrayList<>();
        for (int i = 0; i < items.length; i++) {
            Object v = items[i].execute(frame);
            if (starred[i]) {
                values.addAll(PyOps.toList(v));
            } else {
                values.add(v);
            }
        }
        return build(values.toArray());
    }

    private Object build(Object[] values) {
        switch (kind) {
            case LIST:
                return new PyList(values);
            case TUPLE:
                return values.length == 0 ? PyTuple.EMPTY : new PyTuple(values); // () is one object
            default:
                // MicroPython's BUILD_SET allocates the table for the item count (this decides iteration order)
                PySet set = PySet.withAllocation(values.length);
                for (Object v : values) {
                    set.add(v);
                }
                return set;
        }
    }
}
