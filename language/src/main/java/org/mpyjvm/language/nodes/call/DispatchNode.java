package org.mpyjvm.language.nodes.call;

import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.DirectCallNode;
import com.oracle.truffle.api.nodes.Node;
import org.mpyjvm.language.runtime.PyFunction;
import org.mpyjvm.language.runtime.PyOps;

/**
 * Calls a callee with positional arguments. {@code args[0]} is reserved for the function itself (the frame layout
 * of {@link org.mpyjvm.language.runtime.Signature}); Python functions whose signature matches the argument count
 * go through an inline cache of {@link DirectCallNode}s, everything else through the generic call.
 */
public abstract class DispatchNode extends Node {
    public abstract Object executeDispatch(Object callee, Object[] args);

    protected static boolean simpleMatch(PyFunction fn, Object[] args) {
        return fn.getSignature().isSimple() && fn.getSignature().positional().length == args.length - 1;
    }

    @Specialization(guards = {"fn.getCallTarget() == cachedTarget", "simpleMatch(fn, args)"}, limit = "3")
    protected static Object doDirect(PyFunction fn, Object[] args,
                                     @Cached("fn.getCallTarget()") RootCallTarget cachedTarget,
                                     @Cached("create(cachedTarget)") DirectCallNode callNode) {
        args[0] = fn;
        return callNode.call(args);
    }

    @Specialization(replaces = "doDirect")
    protected static Object doGeneric(Object callee, Object[] args) {
        return PyOps.call(callee, java.util.Arrays.copyOfRange(args, 1, args.length), null);
    }
}
