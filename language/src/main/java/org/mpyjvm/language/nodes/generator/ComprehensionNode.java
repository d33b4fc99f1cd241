package org.mpyjvm.language.nodes.generator;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.mpyjvm.language.errors.ControlFlow;
import org.mpyjvm.language.nodes.PyExpressionNode;
import org.mpyjvm.language.nodes.PyStatementNode;
import org.mpyjvm.language.nodes.call.MakeFunctionNode;
import org.mpyjvm.language.nodes.controlflow.BlockNode;
import org.mpyjvm.language.runtime.PyDict;
import org.mpyjvm.language.runtime.PyFunction;
import org.mpyjvm.language.runtime.PyList;
import org.mpyjvm.language.runtime.PyOps;
import org.mpyjvm.language.runtime.PySet;

/**
 * A comprehension: its own function (own scope) called at once with {@code iter(first iterable)}, as in Python 3.
 * List, set and dict comprehensions accumulate into a result slot; a generator expression's function is a generator
 * function whose body yields each element, so calling it returns the lazy generator.
 */
public final class ComprehensionNode extends PyExpressionNode {
    /** What the comprehension builds. */
    public enum Kind { LIST, SET, DICT, GENERATOR }

    @Child private MakeFunctionNode function;
    @Child private PyExpressionNode iterable;

    public ComprehensionNode(MakeFunctionNode function, PyExpressionNode iterable) {
        this.function = function;
        this.iterable = iterable;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        PyFunction fn = (PyFunction) function.execute(frame);
        Object it = PyOps.iter(iterable.execute(frame));
        return fn.getCallTarget().call(fn, it);
    }

    /** The statement run for each element: append / add / store. */
    public static PyStatementNode produce(Kind kind, int resultSlot, PyExpressionNode element, PyExpressionNode value) {
        return new Produce(kind, resultSlot, element, value);
    }

    /** The whole body: create the result, run the loops, return the result. */
    public static PyStatementNode body(Kind kind, int resultSlot, PyStatementNode loops) {
        return new BlockNode(new PyStatementNode[]{new Init(kind, resultSlot), loops, new Finish(resultSlot)});
    }

    private static final class Init extends PyStatementNode {
        private final Kind kind;
        private final int slot;

        Init(Kind kind, int slot) {
            this.kind = kind;
            this.slot = slot;
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            frame.setObject(slot, switch (kind) {
                case SET -> new PySet(false);
                case DICT -> new PyDict();
                default -> new PyList();
            });
        }
    }

    private static final class Finish extends PyStatementNode {
        private final int slot;

        Finish(int slot) {
            this.slot = slot;
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            throw new ControlFlow.Return(frame.getObject(slot));
        }
    }

    private static final class Produce extends PyStatementNode {
        private final Kind kind;
        private final int slot;
        @Child private PyExpressionNode element;
        @Child private PyExpressionNode value;

        Produce(Kind kind, int slot, PyExpressionNode element, PyExpressionNode value) {
            this.kind = kind;
            this.slot = slot;
            this.element = element;
            this.value = value;
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            Object target = frame.getObject(slot);
            Object e = element.execute(frame);
            switch (kind) {
                case SET -> ((PySet) target).add(e);
                case DICT -> ((PyDict) target).put(e, value.execute(frame));
                default -> ((PyList) target).add(e);
            }
        }
    }
}
