package org.mpyjvm.language.nodes;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.RootNode;
import com.oracle.truffle.api.source.SourceSection;
import org.mpyjvm.language.MpyLanguage;
import org.mpyjvm.language.errors.ControlFlow;
import org.mpyjvm.language.errors.Errors;
import org.mpyjvm.language.errors.PyException;
import org.mpyjvm.language.runtime.PyNone;

/**
 * The root of a module body, function, lambda, comprehension or class body. Parameters arrive bound (see
 * {@link org.mpyjvm.language.runtime.Signature}) and are copied into frame slots {@code 0..n-1}; variables captured
 * by inner functions get a cell in their slot ({@link FrameSetupNode}). An exception leaving the function gets its traceback line.
 */
public final class PyRootNode extends RootNode implements PyFrameRoot {
    @Child private PyStatementNode body;
    private final String name;
    private final String fileName;
    @Child private FrameSetupNode setup;
    private final SourceSection sourceSection;

    public PyRootNode(MpyLanguage language, FrameDescriptor descriptor, PyStatementNode body, String name,
                      String fileName, int parameterCount, int[] cellSlots, boolean[] cellIsParameter,
                      SourceSection sourceSection) {
        super(language, descriptor);
        this.body = body;
        this.name = name;
        this.fileName = fileName;
        this.setup = new FrameSetupNode(parameterCount, cellSlots, cellIsParameter);
        this.sourceSection = sourceSection;
        body.markRootBody();
    }

    @Override
    public Object execute(VirtualFrame frame) {
        setup.execute(frame);
        try {
            body.executeVoid(frame);
            return PyNone.INSTANCE;
        } catch (ControlFlow.Return r) {
            return r.value();
        } catch (PyException e) {
            PyFrameRoot.recordTraceback(e, fileName, name);
            throw e;
        } catch (StackOverflowError e) {
            CompilerDirectives.transferToInterpreter();
            throw Errors.maxRecursion();
        }
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public SourceSection getSourceSection() {
        return sourceSection;
    }

    @Override
    public String getFileName() {
        return fileName;
    }

    @Override
    public String toString() {
        return name;
    }
}
