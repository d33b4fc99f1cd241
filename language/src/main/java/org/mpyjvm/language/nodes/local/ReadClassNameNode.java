package org.mpyjvm.language.nodes.local;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.frame.VirtualFrame;
import org.mpyjvm.language.MpyContext;
import org.mpyjvm.language.errors.Errors;
import org.mpyjvm.language.nodes.PyExpressionNode;
import org.mpyjvm.language.runtime.PyDict;

/** A name read in a class body: the class namespace (frame slot 0), then globals, then builtins. */
public final class ReadClassNameNode extends PyExpressionNode {
    private final String name;

    public ReadClassNameNode(String name) {
        this.name = name;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object v = ((PyDict) frame.getObject(0)).get(name);
        if (v == null) {
            v = ReadGlobalNode.globals(frame).get(name);
        }
        if (v == null) {
            v = MpyContext.get(this).getBuiltins().get(name);
        }
        if (v == null) {
            CompilerDirectives.transferToInterpreter();
            throw Errors.nameNotDefined(name);
        }
        return v;
    }
}
