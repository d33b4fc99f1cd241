package org.mpyjvm.language.nodes.local;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import java.util.List;
import org.mpyjvm.language.errors.Errors;
import org.mpyjvm.language.nodes.PyWriteNode;
import org.mpyjvm.language.runtime.PyList;
import org.mpyjvm.language.runtime.PyOps;
import org.mpyjvm.language.runtime.PyTuple;

/** {@code a, *b, c = value}: unpacks an iterable into the targets; {@code starIndex} is -1 without a star. */
public final class UnpackTarget extends PyWriteNode {
    @Children private final PyWriteNode[] targets;
    private final int starIndex;

    public UnpackTarget(PyWriteNode[] targets, int starIndex) {
        this.targets = targets;
        this.starIndex = starIndex;
    }

    @Override
    @ExplodeLoop
    public void executeWrite(VirtualFrame frame, Object value) {
        Object[] items = items(value, targets.length, starIndex);
        for (int i = 0; i < targets.length; i++) {
            targets[i].executeWrite(frame, items[i]);
        }
    }

    @TruffleBoundary
    private static Object[] items(Object value, int n, int starIndex) {
        List<Object> all = value instanceof PyTuple t && starIndex < 0 ? null : PyOps.toList(value);
        Object[] source = all == null ? ((PyTuple) value).items() : all.toArray();
        if (starIndex < 0) {
            if (source.length > n) {
                throw Errors.tooManyToUnpack(n);
            }
            if (source.length < n) {
                throw Errors.needMoreToUnpack(source.length);
            }
            return source;
        }
        if (source.length < n - 1) {
            throw Errors.needMoreToUnpack(source.length);
        }
        Object[] out = new Object[n];
        int after = n - starIndex - 1;
        System.arraycopy(source, 0, out, 0, starIndex);
        out[starIndex] = new PyList(java.util.Arrays.copyOfRange(source, starIndex, source.length - after));
        System.arraycopy(source, source.length - after, out, starIndex + 1, after);
        return out;
    }

    @Override
    @ExplodeLoop
    public void executeDelete(VirtualFrame frame) {
        for (PyWriteNode t : targets) {
            t.executeDelete(frame);
        }
    }
}
