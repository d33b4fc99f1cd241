package org.mpyjvm.language.nodes;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;
import org.mpyjvm.language.errors.PyException;

/**
 * A root node that is a Python frame in tracebacks (functions, module bodies, comprehensions, generator bodies).
 * MicroPython appends one traceback entry per frame an exception passes, both when it leaves the frame and when a
 * handler in the frame catches it (the catching frame's line is part of the printed traceback).
 */
public interface PyFrameRoot {
    String getFileName();

    String getName();

    /** Appends the frame's entry for the line the exception noted while unwinding (none after a bare re-raise). */
    static void recordTraceback(PyException e, String fileName, String name) {
        int line = e.takePendingLine();
        if (line >= 0) {
            addTraceback(e, fileName, line, name);
        }
    }

    /** The same, for a handler node: the frame is the node's root. */
    @TruffleBoundary
    static void recordCaught(PyException e, Node handler) {
        if (handler.getRootNode() instanceof PyFrameRoot root) {
            recordTraceback(e, root.getFileName(), root.getName());
        } else {
            e.takePendingLine();
        }
    }

    @TruffleBoundary
    private static void addTraceback(PyException e, String fileName, int line, String name) {
        e.getPythonException().addTraceback(fileName, line, name);
    }
}
