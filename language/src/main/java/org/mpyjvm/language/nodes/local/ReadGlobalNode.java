package org.mpyjvm.language.nodes.local;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.frame.VirtualFrame;
import org.mpyjvm.language.MpyContext;
import org.mpyjvm.language.errors.Errors;
import org.mpyjvm.language.nodes.PyExpressionNode;
import org.mpyjvm.language.runtime.PyDict;
import org.mpyjvm.language.runtime.PyFunction;

/** Reads a module-level name: the function's globals, then builtins. */
public final class ReadGlobalNode extends PyExpressionNode {
    private final String name;

    public ReadGlobalNode(String name) {
        this.name = name;
    }

    public static PyDict globals(VirtualFrame frame) {
        return ((PyFunction) frame.getArguments()[0]).getGlobals();
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object v = globals(frame).get(name);
        if (v == null) {
            v = MpyContext.get(this).getBuiltins().get(name);
            if (v == null) {
                CompilerDirectives.transferToInterpreter();
                throw Errors.nameNotDefined(name);
            }
        }
        return v;
    }
}
