package org.mpyjvm.language.nodes.call;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.object.DynamicObjectLibrary;
import org.mpyjvm.language.nodes.PyExpressionNode;
import org.mpyjvm.language.runtime.PyBuiltinFunction;
import org.mpyjvm.language.runtime.PyClass;
import org.mpyjvm.language.runtime.PyFunction;
import org.mpyjvm.language.runtime.PyInstance;
import org.mpyjvm.language.runtime.PyModule;
import org.mpyjvm.language.runtime.PyNativeSubclassInstance;
import org.mpyjvm.language.runtime.PyOps;
import org.mpyjvm.language.runtime.PySuper;

/**
 * {@code obj.name(args)} with positional arguments: when {@code name} is a plain function on the object's class
 * (and not shadowed by an instance attribute) it is called with {@code obj} prepended, without creating a bound
 * method object.
 */
public final class MethodCallNode extends PyExpressionNode {
    @Child private PyExpressionNode receiver;
    @Children private final PyExpressionNode[] arguments;
    private final String name;
    @Child private DispatchNode dispatch = DispatchNodeGen.create();
    /** Monomorphic cache for receivers of a builtin type (list, dict, str...): their methods never change. */
    @CompilationFinal private PyClass cachedType;
    @CompilationFinal private Object cachedMethod;
    @CompilationFinal private boolean uncached;

    public MethodCallNode(PyExpressionNode receiver, String name, PyExpressionNode[] arguments) {
        this.receiver = receiver;
        this.name = name;
        this.arguments = arguments;
        markCall();
    }

    @Override
    @ExplodeLoop
    public Object execute(VirtualFrame frame) {
        Object self = receiver.execute(frame);
        Object[] args = new Object[arguments.length + 2];
        for (int i = 0; i < arguments.length; i++) {
            args[i + 2] = arguments[i].execute(frame);
        }
        Object method = cachedLookup(self);
        if (method instanceof PyFunction) {
            args[1] = self;
            return dispatch.executeDispatch(method, args);
        }
        if (method instanceof PyBuiltinFunction b) {
            args[1] = self;
            return callBuiltin(b, args);
        }
        Object callable = PyOps.getAttribute(self, name);
        return dispatch.executeDispatch(callable, java.util.Arrays.copyOfRange(args, 1, args.length));
    }

    private Object cachedLookup(Object self) {
        if (cachedType != null) {
            if (!(self instanceof PyInstance) && PyOps.typeOf(self) == cachedType) {
                return cachedMethod;
            }
            CompilerDirectives.transferToInterpreterAndInvalidate();
            cachedType = null;
            uncached = true;
        } else if (!uncached && CompilerDirectives.inInterpreter()) {
            Object m = lookupMethod(self, name);
            PyClass type = builtinReceiverType(self);
            if (m != null && type != null) {
                CompilerDirectives.transferToInterpreterAndInvalidate();
                cachedMethod = m;
                cachedType = type;
            }
            return m;
        }
        return lookupMethod(self, name);
    }

    /** The receiver's class when it is a builtin type whose instances have no attributes of their own. */
    private static PyClass builtinReceiverType(Object self) {
        if (self instanceof PyInstance || self instanceof PyClass || self instanceof PyModule
            || self instanceof PySuper) {
            return null;
        }
        PyClass type = PyOps.typeOf(self);
        return type.isBuiltin() ? type : null;
    }

    @TruffleBoundary
    private static Object callBuiltin(PyBuiltinFunction b, Object[] args) {
        return b.invoke(java.util.Arrays.copyOfRange(args, 1, args.length), null);
    }

    /** The class-level function to call with self, or null when the general attribute path must decide. */
    @TruffleBoundary
    private static Object lookupMethod(Object self, String name) {
        if (self instanceof PySuper || self instanceof PyClass || self instanceof PyModule) {
            return null;
        }
        Object m = PyOps.typeOf(self).lookup(name);
        if (!(m instanceof PyFunction) && !(m instanceof PyBuiltinFunction)) {
            return null;
        }
        if (m instanceof PyBuiltinFunction && self instanceof PyNativeSubclassInstance) {
            return null; // a native method binds to the native part: the attribute path does that
        }
        if (self instanceof PyInstance inst && DynamicObjectLibrary.getUncached().containsKey(inst, name)) {
            return null;
        }
        return m;
    }
}
