package org.mpyjvm.language.nodes.generator;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ControlFlowException;
import org.mpyjvm.language.errors.ControlFlow;
import org.mpyjvm.language.errors.PyException;
import org.mpyjvm.language.nodes.PyExpressionNode;
import org.mpyjvm.language.nodes.PyStatementNode;
import org.mpyjvm.language.nodes.PyWriteNode;
import org.mpyjvm.language.nodes.controlflow.WithNode;
import org.mpyjvm.language.runtime.PyGenerator;

/**
 * One with-item in a generator: the manager and its {@code __exit__} are kept in slots, so a body that suspends
 * and resumes still leaves through {@code __exit__}; suspending itself does not exit.
 */
public final class ResumableWithNode extends PyStatementNode {
    private static final int ENTER = 0;
    private static final int BODY = 1;

    @Child private PyExpressionNode manager;
    @Child private PyWriteNode target;
    @Child private PyStatementNode body;
    private final int exitLine;
    private final int phaseSlot;
    private final int managerSlot;
    private final int exitSlot;
    private final PyGenerator.Slots slots;

    public ResumableWithNode(PyExpressionNode manager, PyWriteNode target, PyStatementNode body, int exitLine,
                             int phaseSlot, int managerSlot, int exitSlot, PyGenerator.Slots slots) {
        this.manager = manager;
        this.target = target;
        this.body = body;
        this.exitLine = exitLine;
        this.phaseSlot = phaseSlot;
        this.managerSlot = managerSlot;
        this.exitSlot = exitSlot;
        this.slots = slots;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        int phase = frame.getBoolean(slots.resuming()) ? frame.getInt(phaseSlot) : ENTER;
        Object mgr;
        Object exit;
        if (phase == ENTER) {
            frame.setInt(phaseSlot, ENTER);
            mgr = manager.execute(frame);
            exit = WithNode.enter(mgr, frame, target);
            frame.setObject(managerSlot, mgr);
            frame.setObject(exitSlot, exit);
            frame.setInt(phaseSlot, BODY);
        } else {
            mgr = frame.getObject(managerSlot);
            exit = frame.getObject(exitSlot);
        }
        try {
            body.executeVoid(frame);
        } catch (ControlFlow.Yield y) {
            throw y;
        } catch (PyException e) {
            clear(frame);
            WithNode.exitWithException(exit, mgr, e, exitLine);
            return;
        } catch (ControlFlowException c) {
            clear(frame);
            WithNode.exitNormally(exit, mgr, exitLine);
            throw c;
        }
        clear(frame);
        WithNode.exitNormally(exit, mgr, exitLine);
    }

    private void clear(VirtualFrame frame) {
        frame.setObject(managerSlot, null);
        frame.setObject(exitSlot, null);
    }
}
