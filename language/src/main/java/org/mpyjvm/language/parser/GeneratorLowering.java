package org.mpyjvm.language.parser;

import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.NodeUtil;
import java.util.ArrayList;
import java.util.List;
import org.mpyjvm.language.nodes.PyExpressionNode;
import org.mpyjvm.language.nodes.PyStatementNode;
import org.mpyjvm.language.nodes.PyWriteNode;
import org.mpyjvm.language.nodes.call.MakeFunctionNode;
import org.mpyjvm.language.nodes.controlflow.BlockNode;
import org.mpyjvm.language.nodes.controlflow.ForNode;
import org.mpyjvm.language.nodes.controlflow.IfNode;
import org.mpyjvm.language.nodes.controlflow.TryExceptNode;
import org.mpyjvm.language.nodes.controlflow.TryFinallyNode;
import org.mpyjvm.language.nodes.controlflow.WhileNode;
import org.mpyjvm.language.nodes.controlflow.WithNode;
import org.mpyjvm.language.nodes.generator.AsyncForNode;
import org.mpyjvm.language.nodes.generator.AsyncProtocolCallNode;
import org.mpyjvm.language.nodes.generator.AsyncWithNode;
import org.mpyjvm.language.nodes.generator.AwaitableNode;
import org.mpyjvm.language.nodes.generator.ResumableBlockNode;
import org.mpyjvm.language.nodes.generator.ResumableForNode;
import org.mpyjvm.language.nodes.generator.ResumableIfNode;
import org.mpyjvm.language.nodes.generator.ResumableTryExceptNode;
import org.mpyjvm.language.nodes.generator.ResumableTryFinallyNode;
import org.mpyjvm.language.nodes.generator.ResumableWhileNode;
import org.mpyjvm.language.nodes.generator.ResumableWithNode;
import org.mpyjvm.language.nodes.generator.SavedOperandNode;
import org.mpyjvm.language.nodes.generator.SuspendPoint;
import org.mpyjvm.language.nodes.generator.YieldFromNode;
import org.mpyjvm.language.nodes.generator.YieldNode;
import org.mpyjvm.language.runtime.PyGenerator;

/**
 * Builds the statements of one generator body. A statement whose subtree contains a yield becomes its resumable
 * variant (which keeps its position in frame slots of the generator's frame); statements without a yield stay the
 * plain, faster nodes, because a resumed generator never re-enters them. Expressions containing a yield get their
 * operands saved ({@link #saveOperands}). Every piece of state gets its own slot in the generator's scope.
 */
final class GeneratorLowering {
    private final Scope scope;
    private final PyGenerator.Slots slots;

    GeneratorLowering(Scope scope) {
        this.scope = scope;
        this.slots = new PyGenerator.Slots(scope.slot(".resuming"), scope.slot(".sent"), scope.slot(".thrown"));
    }

    PyGenerator.Slots slots() {
        return slots;
    }

    private int newSlot() {
        return scope.slot("." + scope.slots.size());
    }

    static boolean suspends(Node... nodes) {
        for (Node n : nodes) {
            if (n != null && (n instanceof SuspendPoint || NodeUtil.findFirstNodeInstance(n, SuspendPoint.class) != null)) {
                return true;
            }
        }
        return false;
    }

    PyExpressionNode yieldValue(PyExpressionNode value) {
        return new YieldNode(value, newSlot(), slots);
    }

    PyExpressionNode yieldFrom(PyExpressionNode iterable) {
        return new YieldFromNode(iterable, newSlot(), newSlot(), slots);
    }

    PyStatementNode block(PyStatementNode[] statements) {
        if (!suspends(statements)) {
            return new BlockNode(statements);
        }
        return new ResumableBlockNode(statements, newSlot(), slots);
    }

    PyStatementNode ifElse(PyExpressionNode condition, PyStatementNode then, PyStatementNode otherwise) {
        if (!suspends(condition, then, otherwise)) {
            return new IfNode(condition, then, otherwise);
        }
        return new ResumableIfNode(condition, then, otherwise, newSlot(), slots);
    }

    PyStatementNode whileLoop(PyExpressionNode condition, PyStatementNode body, PyStatementNode orelse) {
        if (!suspends(condition, body, orelse)) {
            return new WhileNode(condition, body, orelse);
        }
        return new ResumableWhileNode(condition, body, orelse, newSlot(), slots);
    }

    PyStatementNode forLoop(PyWriteNode target, PyExpressionNode iterable, PyStatementNode body,
                            PyStatementNode orelse) {
        if (!suspends(iterable, body, orelse)) {
            return new ForNode(target, iterable, body, orelse, NodeBuilder.loopStateSlots(scope));
        }
        return new ResumableForNode(target, iterable, body, orelse, newSlot(), newSlot(), slots);
    }

    PyStatementNode tryExcept(PyStatementNode body, PyExpressionNode[] types, PyWriteNode[] names,
                              PyStatementNode[] handlers, PyStatementNode orelse) {
        if (!suspends(body, orelse) && !suspends(handlers) && !suspends(types)) {
            return new TryExceptNode(body, types, names, handlers, orelse);
        }
        return new ResumableTryExceptNode(body, types, names, handlers, orelse, newSlot(), newSlot(), slots);
    }

    PyStatementNode tryFinally(PyStatementNode body, PyStatementNode finalBody) {
        if (!suspends(body, finalBody)) {
            return new TryFinallyNode(body, finalBody);
        }
        return new ResumableTryFinallyNode(body, finalBody, newSlot(), newSlot(), slots);
    }

    PyStatementNode with(PyExpressionNode manager, PyWriteNode target, PyStatementNode body, int exitLine) {
        if (!suspends(manager, body)) {
            return new WithNode(manager, target, body, exitLine);
        }
        return new ResumableWithNode(manager, target, body, exitLine, newSlot(), newSlot(), newSlot(), slots);
    }

    /** {@code async with}: both awaits are yield-froms of this coroutine. */
    PyStatementNode asyncWith(PyExpressionNode manager, PyWriteNode target, PyStatementNode body) {
        int managerSlot = newSlot();
        int endingSlot = newSlot();
        return new AsyncWithNode(manager, target, body,
            yieldFrom(new AwaitableNode(new AsyncProtocolCallNode(managerSlot, "__aenter__", -1))),
            yieldFrom(new AwaitableNode(new AsyncProtocolCallNode(managerSlot, "__aexit__", endingSlot))),
            newSlot(), managerSlot, endingSlot, slots);
    }

    /** {@code async for}: each {@code __anext__()} is awaited by a yield-from of this coroutine. */
    PyStatementNode asyncFor(PyWriteNode target, PyExpressionNode iterable, PyStatementNode body,
                             PyStatementNode orelse) {
        int iteratorSlot = newSlot();
        return new AsyncForNode(target, iterable, body, orelse,
            yieldFrom(new AwaitableNode(new AsyncProtocolCallNode(iteratorSlot, "__anext__", -1))), newSlot(),
            iteratorSlot, slots);
    }

    /**
     * Walks a finished generator body: in every node that is not a resumable statement and has a yield below it,
     * each expression operand is wrapped in a {@link SavedOperandNode}, so resuming re-evaluates nothing twice.
     */
    void saveOperands(Node node) {
        List<Node> children = new ArrayList<>();
        for (Node c : node.getChildren()) {
            children.add(c);
        }
        boolean resumable = node instanceof ResumableBlockNode || node instanceof ResumableIfNode
            || node instanceof ResumableWhileNode || node instanceof ResumableForNode
            || node instanceof ResumableTryExceptNode || node instanceof ResumableTryFinallyNode
            || node instanceof ResumableWithNode || node instanceof SuspendPoint
            || node instanceof AsyncWithNode || node instanceof AsyncForNode;
        if (!resumable && children.size() > 1 && suspends(node)) {
            for (Node c : children) {
                if (c instanceof PyExpressionNode e && !(c instanceof MakeFunctionNode)) {
                    NodeUtil.replaceChild(node, c, new SavedOperandNode(e, newSlot(), slots));
                }
            }
        }
        for (Node c : children) {
            if (suspends(c)) {
                saveOperands(c);
            }
        }
    }
}
