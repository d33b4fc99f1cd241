package org.mpyjvm.language.nodes.call;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import java.util.HashMap;
import java.util.Map;
import org.mpyjvm.language.nodes.PyExpressionNode;
import org.mpyjvm.language.nodes.local.ReadCellNode;
import org.mpyjvm.language.nodes.local.ReadGlobalNode;
import org.mpyjvm.language.runtime.PyCell;
import org.mpyjvm.language.runtime.PyFunction;
import org.mpyjvm.language.runtime.Signature;

/**
 * def/lambda at run time: evaluates the defaults and captures the cells the new function closes over (slot
 * encoding as in {@link ReadCellNode}).
 */
public final class MakeFunctionNode extends PyExpressionNode {
    private final String name;
    private final RootCallTarget callTarget;
    private final Signature signature;
    @Children private final PyExpressionNode[] defaults;
    @CompilationFinal(dimensions = 1) private final String[] keywordDefaultNames;
    @Children private final PyExpressionNode[] keywordDefaults;
    @CompilationFinal(dimensions = 1) private final int[] closureSlots;
    private final boolean generator;

    public MakeFunctionNode(String name, RootCallTarget callTarget, Signature signature, PyExpressionNode[] defaults,
                            String[] keywordDefaultNames, PyExpressionNode[] keywordDefaults, int[] closureSlots,
                            boolean generator) {
        this.name = name;
        this.callTarget = callTarget;
        this.signature = signature;
        this.defaults = defaults;
        this.keywordDefaultNames = keywordDefaultNames;
        this.keywordDefaults = keywordDefaults;
        this.closureSlots = closureSlots;
        this.generator = generator;
    }

    @Override
    @ExplodeLoop
    public Object execute(VirtualFrame frame) {
        Object[] d = new Object[defaults.length];
        for (int i = 0; i < defaults.length; i++) {
            d[i] = defaults[i].execute(frame);
        }
        Map<String, Object> kw = null;
        if (keywordDefaults.length > 0) {
            kw = new HashMap<>();
            for (int i = 0; i < keywordDefaults.length; i++) {
                kw.put(keywordDefaultNames[i], keywordDefaults[i].execute(frame));
            }
        }
        PyCell[] closure = new PyCell[closureSlots.length];
        for (int i = 0; i < closureSlots.length; i++) {
            closure[i] = ReadCellNode.cell(frame, closureSlots[i]);
        }
        return new PyFunction(name, callTarget, ReadGlobalNode.globals(frame), closure, signature, d, kw, generator);
    }
}
