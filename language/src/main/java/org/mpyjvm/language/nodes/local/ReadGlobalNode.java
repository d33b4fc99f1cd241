package org.mpyjvm.language.nodes.local;

import com.oracle.truffle.api.Assumption;
import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import org.mpyjvm.language.MpyContext;
import org.mpyjvm.language.errors.Errors;
import org.mpyjvm.language.nodes.PyExpressionNode;
import org.mpyjvm.language.runtime.PyDict;
import org.mpyjvm.language.runtime.PyFunction;

/**
 * Reads a module-level name: the function's globals, then builtins. The value is cached as a compilation constant
 * under per-key assumptions of the globals (and, for a builtin, of the builtins dict), so a call of a global function
 * compiles to a direct call; a store to the name invalidates it. A name rebound over and over (a module-level loop
 * variable read in a function) stops being cached and is looked up each time.
 */
public final class ReadGlobalNode extends PyExpressionNode {
    private static final int MAX_INVALIDATIONS = 6;

    private final String name;
    @CompilationFinal private PyDict cachedGlobals;
    @CompilationFinal private Object cachedValue;
    @CompilationFinal private Assumption inGlobals;
    @CompilationFinal private Assumption inBuiltins;
    @CompilationFinal private int invalidations;

    public ReadGlobalNode(String name) {
        this.name = name;
    }

    public static PyDict globals(VirtualFrame frame) {
        return ((PyFunction) frame.getArguments()[0]).getGlobals();
    }

    @Override
    public Object execute(VirtualFrame frame) {
        PyDict globals = globals(frame);
        if (cachedGlobals != null) {
            if (globals == cachedGlobals && inGlobals.isValid() && (inBuiltins == null || inBuiltins.isValid())) {
                return cachedValue;
            }
            CompilerDirectives.transferToInterpreterAndInvalidate();
            cachedGlobals = null;
            invalidations++;
        }
        if (CompilerDirectives.inInterpreter() && invalidations < MAX_INVALIDATIONS) {
            return fillCache(globals);
        }
        return lookup(globals);
    }

    private Object fillCache(PyDict globals) {
        Assumption globalsKey = globals.storage().keyUnchanged(name);
        Object v = globals.get(name);
        Assumption builtinsKey = null;
        if (v == null) {
            PyDict builtins = MpyContext.get(this).getBuiltins();
            builtinsKey = builtins.storage().keyUnchanged(name);
            v = builtins.get(name);
            if (v == null) {
                throw Errors.nameNotDefined(name);
            }
        }
        cachedValue = v;
        inGlobals = globalsKey;
        inBuiltins = builtinsKey;
        cachedGlobals = globals;
        return v;
    }

    private Object lookup(PyDict globals) {
        Object v = globals.get(name);
        if (v == null) {
            v = MpyContext.get(this).getBuiltins().get(name);
            if (v == null) {
                throw notDefined(name);
            }
        }
        return v;
    }

    @TruffleBoundary
    private static RuntimeException notDefined(String name) {
        return Errors.nameNotDefined(name);
    }
}
