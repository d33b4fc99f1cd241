package org.mpyjvm.language.nodes.generator;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.mpyjvm.language.nodes.PyExpressionNode;
import org.mpyjvm.language.runtime.PyGenerator;

/**
 * An operand of an expression that contains a yield, e.g. {@code f} and {@code a} in {@code f(a, (yield))}. When the
 * generator resumes, the expression is evaluated again from its start; operands already computed before the
 * suspension return their saved value instead of being evaluated twice, and the operand that suspended is entered
 * again (it has no saved value yet).
 */
public final class SavedOperandNode extends PyExpressionNode {
    @Child private PyExpressionNode operand;
    private final int valueSlot;
    private final PyGenerator.Slots slots;

    public SavedOperandNode(PyExpressionNode operand, int valueSlot, PyGenerator.Slots slots) {
        this.operand = operand;
        this.valueSlot = valueSlot;
        this.slots = slots;
        copySource(operand);
    }

    @Override
    public Object execute(VirtualFrame frame) {
        if (frame.getBoolean(slots.resuming())) {
            Object saved = frame.getObject(valueSlot);
            if (saved != null) {
                return saved;
            }
        } else {
            frame.setObject(valueSlot, null);
        }
        Object v = operand.execute(frame);
        frame.setObject(valueSlot, v);
        return v;
    }
}
