package org.mpyjvm.language.nodes.call;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import java.util.ArrayList;
import java.util.List;
import org.mpyjvm.language.errors.Errors;
import org.mpyjvm.language.nodes.PyExpressionNode;
import org.mpyjvm.language.runtime.NativeSubclasses;
import org.mpyjvm.language.runtime.PyDict;
import org.mpyjvm.language.runtime.PyKeywords;
import org.mpyjvm.language.runtime.PyOps;

/**
 * {@code f(a, b, *c, k=v, **d)}. Plain positional calls go through {@link DispatchNode}'s inline cache; calls with
 * keywords or unpacking are bound by the generic path.
 */
public final class CallNode extends PyExpressionNode {
    /** How one argument expression is passed. */
    public enum ArgKind { POSITIONAL, STAR, KEYWORD, DOUBLE_STAR }

    @Child private PyExpressionNode callee;
    @Children private final PyExpressionNode[] arguments;
    @CompilationFinal(dimensions = 1) private final ArgKind[] kinds;
    @CompilationFinal(dimensions = 1) private final String[] keywordNames;
    private final boolean simple;
    @Child private DispatchNode dispatch = DispatchNodeGen.create();

    public CallNode(PyExpressionNode callee, PyExpressionNode[] arguments, ArgKind[] kinds, String[] keywordNames) {
        this.callee = callee;
        this.arguments = arguments;
        this.kinds = kinds;
        this.keywordNames = keywordNames;
        boolean s = true;
        for (ArgKind k : kinds) {
            s &= k == ArgKind.POSITIONAL;
        }
        this.simple = s;
        markCall();
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object f = callee.execute(frame);
        if (simple) {
            return dispatch.executeDispatch(f, evaluatePositional(frame));
        }
        return callGeneral(frame, f);
    }

    @ExplodeLoop
    private Object[] evaluatePositional(VirtualFrame frame) {
        Object[] args = new Object[arguments.length + 1];
        for (int i = 0; i < arguments.length; i++) {
            args[i + 1] = arguments[i].execute(frame);
        }
        return args;
    }

    private Object callGeneral(VirtualFrame frame, Object f) {
        Object[] values = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            values[i] = arguments[i].execute(frame);
        }
        return callWith(f, values, kinds, keywordNames);
    }

    @TruffleBoundary
    static Object callWith(Object f, Object[] values, ArgKind[] kinds, String[] keywordNames) {
        List<Object> positional = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<Object> kwValues = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            switch (kinds[i]) {
                case POSITIONAL:
                    positional.add(values[i]);
                    break;
                case STAR:
                    positional.addAll(PyOps.toList(values[i]));
                    break;
                case KEYWORD:
                    names.add(keywordNames[i]);
                    kwValues.add(values[i]);
                    break;
                default:
                    // a dict subclass spreads its native dict, as MicroPython's call does
                    if (!(NativeSubclasses.nativeOf(values[i]) instanceof PyDict d)) {
                        throw Errors.typeError("argument after ** must be a dict");
                    }
                    for (Object[] e : d.storage().entries()) {
                        if (!(e[0] instanceof String key)) {
                            throw Errors.typeError("keywords must be strings");
                        }
                        names.add(key);
                        kwValues.add(e[1]);
                    }
            }
        }
        PyKeywords kw = names.isEmpty() ? null : new PyKeywords(names.toArray(new String[0]), kwValues.toArray());
        return PyOps.call(f, positional.toArray(), kw);
    }
}
