package org.mpyjvm.language.nodes;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.nodes.Node;
import org.mpyjvm.language.runtime.PyCell;

/**
 * The prologue of every function frame: bound parameters ({@link org.mpyjvm.language.runtime.Signature}'s layout,
 * after the function itself) go to slots {@code 0..n-1}; variables captured by inner functions get a {@link PyCell}
 * in their slot, holding the parameter value when the captured variable is a parameter.
 */
public final class FrameSetupNode extends Node {
    private final int parameterCount;
    @CompilationFinal(dimensions = 1) private final int[] cellSlots;
    @CompilationFinal(dimensions = 1) private final boolean[] cellIsParameter;

    public FrameSetupNode(int parameterCount, int[] cellSlots, boolean[] cellIsParameter) {
        this.parameterCount = parameterCount;
        this.cellSlots = cellSlots;
        this.cellIsParameter = cellIsParameter;
    }

    @ExplodeLoop
    public void execute(VirtualFrame frame) {
        Object[] args = frame.getArguments();
        for (int i = 0; i < parameterCount; i++) {
            frame.setObject(i, args[i + 1]);
        }
        for (int i = 0; i < cellSlots.length; i++) {
            int slot = cellSlots[i];
            frame.setObject(slot, cellIsParameter[i] ? new PyCell(frame.getObject(slot)) : new PyCell());
        }
    }
}
