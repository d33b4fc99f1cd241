package org.mpyjvm.language.nodes;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.nodes.RootNode;
import com.oracle.truffle.api.source.SourceSection;
import org.mpyjvm.language.MpyLanguage;
import org.mpyjvm.language.errors.ControlFlow;
import org.mpyjvm.language.errors.Errors;
import org.mpyjvm.language.errors.PyException;
import org.mpyjvm.language.runtime.PyCell;
import org.mpyjvm.language.runtime.PyNone;

/**
 * The root of a module body, function, lambda, comprehension or class body. Parameters arrive bound (see
 * {@link org.mpyjvm.language.runtime.Signature}) and are copied into frame slots {@code 0..n-1}; variables captured
 * by inner functions get a {@link PyCell} in their slot. An exception leaving the function gets its traceback line.
 */
public final class PyRootNode extends RootNode {
    @Child private PyStatementNode body;
    private final String name;
    private final String fileName;
    private final int parameterCount;
    @CompilationFinal(dimensions = 1) private final int[] cellSlots;
    @CompilationFinal(dimensions = 1) private final boolean[] cellIsParameter;
    private final SourceSection sourceSection;

    public PyRootNode(MpyLanguage language, FrameDescriptor descriptor, PyStatementNode body, String name,
                      String fileName, int parameterCount, int[] cellSlots, boolean[] cellIsParameter,
                      SourceSection sourceSection) {
        super(language, descriptor);
        this.body = body;
        this.name = name;
        this.fileName = fileName;
        this.parameterCount = parameterCount;
        this.cellSlots = cellSlots;
        this.cellIsParameter = cellIsParameter;
        this.sourceSection = sourceSection;
        body.markRootBody();
    }

    @Override
    public Object execute(VirtualFrame frame) {
        copyArguments(frame);
        try {
            body.executeVoid(frame);
            return PyNone.INSTANCE;
        } catch (ControlFlow.Return r) {
            return r.value();
        } catch (PyException e) {
            recordTraceback(e);
            throw e;
        } catch (StackOverflowError e) {
            CompilerDirectives.transferToInterpreter();
            throw Errors.maxRecursion();
        }
    }

    @ExplodeLoop
    private void copyArguments(VirtualFrame frame) {
        Object[] args = frame.getArguments();
        for (int i = 0; i < parameterCount; i++) {
            frame.setObject(i, args[i + 1]);
        }
        for (int i = 0; i < cellSlots.length; i++) {
            int slot = cellSlots[i];
            frame.setObject(slot, cellIsParameter[i] ? new PyCell(frame.getObject(slot)) : new PyCell());
        }
    }

    private void recordTraceback(PyException e) {
        int line = e.takePendingLine();
        if (line >= 0) {
            addTraceback(e, line);
        }
    }

    @CompilerDirectives.TruffleBoundary
    private void addTraceback(PyException e, int line) {
        e.getPythonException().addTraceback(fileName, line, name);
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public SourceSection getSourceSection() {
        return sourceSection;
    }

    public String getFileName() {
        return fileName;
    }

    @Override
    public String toString() {
        return name;
    }
}
