package org.mpyjvm.language.nodes;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.frame.Frame;
import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.FrameInstance;
import com.oracle.truffle.api.frame.MaterializedFrame;
import org.mpyjvm.language.runtime.PyDict;
import org.mpyjvm.language.runtime.PyFunction;

/**
 * Finds the Python frame that called a builtin (builtins have no frame of their own), for {@code globals()},
 * {@code locals()} and {@code exec}/{@code eval} without explicit dictionaries. Slow path only: it walks the stack.
 */
public final class CallerFrame {
    private CallerFrame() {
    }

    /** The name of a class body's frame slot 0, which holds the namespace the class statement is building. */
    public static final String CLASS_NAMESPACE_SLOT = ".namespace";

    /**
     * locals(): in a class body the namespace being built (writes to it become class attributes, as in MicroPython),
     * elsewhere the globals (MicroPython keeps no locals dictionary for functions).
     */
    @TruffleBoundary
    public static PyDict locals() {
        Object found = Truffle.getRuntime().iterateFrames(frame -> {
            if (!(frame.getCallTarget() instanceof RootCallTarget target)
                || !(target.getRootNode() instanceof PyFrameRoot)) {
                return null;
            }
            Frame f = frame.getFrame(FrameInstance.FrameAccess.READ_ONLY);
            FrameDescriptor descriptor = f.getFrameDescriptor();
            if (descriptor.getNumberOfSlots() > 0 && CLASS_NAMESPACE_SLOT.equals(descriptor.getSlotName(0))
                && f.getObject(0) instanceof PyDict namespace) {
                return namespace;
            }
            return NOT_A_CLASS_BODY;
        });
        return found instanceof PyDict namespace ? namespace : globals();
    }

    private static final Object NOT_A_CLASS_BODY = new Object();

    /** The globals of the innermost running Python function, or null outside any. */
    @TruffleBoundary
    public static PyDict globals() {
        return Truffle.getRuntime().iterateFrames(frame -> {
            if (!(frame.getCallTarget() instanceof RootCallTarget target)
                || !(target.getRootNode() instanceof PyFrameRoot)) {
                return null;
            }
            Object[] args = frame.getFrame(FrameInstance.FrameAccess.READ_ONLY).getArguments();
            Object first = args.length > 0 ? args[0] : null;
            if (first instanceof MaterializedFrame generatorFrame) {
                first = generatorFrame.getArguments()[0];
            }
            return first instanceof PyFunction f ? f.getGlobals() : null;
        });
    }
}
