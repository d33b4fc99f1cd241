package org.mpyjvm.language.nodes.call;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import java.util.LinkedHashMap;
import java.util.Map;
import org.mpyjvm.language.errors.Errors;
import org.mpyjvm.language.nodes.PyExpressionNode;
import org.mpyjvm.language.runtime.BuiltinTypes;
import org.mpyjvm.language.runtime.PyCell;
import org.mpyjvm.language.runtime.PyClass;
import org.mpyjvm.language.runtime.PyDict;
import org.mpyjvm.language.runtime.PyFunction;

/**
 * class statement: evaluates the bases, runs the body with a fresh namespace (the body function's first
 * parameter), builds the class and fills the {@code __class__} cell that zero-argument super() reads.
 */
public final class MakeClassNode extends PyExpressionNode {
    private final String name;
    @Child private MakeFunctionNode body;
    @Children private final PyExpressionNode[] bases;

    public MakeClassNode(String name, MakeFunctionNode body, PyExpressionNode[] bases) {
        this.name = name;
        this.body = body;
        this.bases = bases;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        PyFunction bodyFunction = (PyFunction) body.execute(frame);
        Object[] baseValues = new Object[bases.length];
        for (int i = 0; i < bases.length; i++) {
            baseValues[i] = bases[i].execute(frame);
        }
        return build(name, bodyFunction, baseValues);
    }

    @TruffleBoundary
    private static PyClass build(String name, PyFunction bodyFunction, Object[] baseValues) {
        PyClass[] bases = new PyClass[baseValues.length == 0 ? 1 : baseValues.length];
        if (baseValues.length == 0) {
            bases[0] = BuiltinTypes.OBJECT;
        }
        for (int i = 0; i < baseValues.length; i++) {
            if (!(baseValues[i] instanceof PyClass c)) {
                throw Errors.typeError("type is not an acceptable base type");
            }
            bases[i] = c;
        }
        PyDict namespace = new PyDict();
        // MicroPython's compiler stores these two first in every class body (so locals() and __dict__ show them)
        Object module = bodyFunction.getGlobals().get("__name__");
        if (module != null) {
            namespace.put("__module__", module);
        }
        namespace.put("__qualname__", name);
        Object classCell = bodyFunction.getCallTarget().call(bodyFunction, namespace);
        Map<String, Object> members = new LinkedHashMap<>();
        for (Object[] e : namespace.storage().entries()) {
            members.put((String) e[0], e[1]);
        }
        PyClass cls = PyClass.user(name, bases, members);
        if (classCell instanceof PyCell cell) {
            cell.set(cls);
        }
        return cls;
    }
}
