package org.mpyjvm.language.nodes.literal;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import org.mpyjvm.language.nodes.PyExpressionNode;
import org.mpyjvm.language.runtime.PyDict;
import org.mpyjvm.language.runtime.PyOps;

/** {k: v, **other}: a null key marks a {@code **} entry whose value is merged. */
public final class DictDisplayNode extends PyExpressionNode {
    @Children private final PyExpressionNode[] keys;
    @Children private final PyExpressionNode[] values;
    private final int allocation;

    public DictDisplayNode(PyExpressionNode[] keys, PyExpressionNode[] values) {
        this.keys = keys;
        this.values = values;
        int pairs = 0;
        for (PyExpressionNode k : keys) {
            pairs += k == null ? 0 : 1;
        }
        // MicroPython's BUILD_MAP allocates the table for the display's pairs (this decides iteration order)
        this.allocation = pairs;
    }

    @Override
    @ExplodeLoop
    public Object execute(VirtualFrame frame) {
        PyDict dict = new PyDict(allocation);
        for (int i = 0; i < values.length; i++) {
            if (keys[i] == null) {
                merge(dict, values[i].execute(frame));
            } else {
                Object k = keys[i].execute(frame);
                dict.put(k, values[i].execute(frame));
            }
        }
        return dict;
    }

    private static void merge(PyDict dict, Object other) {
        if (other instanceof PyDict d) {
            for (Object[] e : d.storage().entries()) {
                dict.put(e[0], e[1]);
            }
            return;
        }
        for (Object k : PyOps.toList(PyOps.invoke(other, "keys"))) {
            dict.put(k, PyOps.getItem(other, k));
        }
    }
}
