package org.mpyjvm.language.nodes.generator;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import org.mpyjvm.language.nodes.PyExpressionNode;
import org.mpyjvm.language.runtime.PyGenerator;
import org.mpyjvm.language.runtime.PyOps;

/**
 * The operand of {@code await x}, which is then delegated to as by {@code yield from}: as MicroPython compiles it,
 * {@code x.__await__()} when x has that method, otherwise x itself (a coroutine, or an object with
 * {@code __iter__}/{@code __next__} such as asyncio's Task).
 */
public final class AwaitableNode extends PyExpressionNode {
    @Child private PyExpressionNode operand;

    public AwaitableNode(PyExpressionNode operand) {
        this.operand = operand;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        return awaitable(operand.execute(frame));
    }

    @TruffleBoundary
    private static Object awaitable(Object value) {
        if (value instanceof PyGenerator) {
            return value;
        }
        Object method = PyOps.getAttributeOrNull(value, "__await__");
        return method == null ? value : PyOps.call(method, new Object[0], null);
    }
}
