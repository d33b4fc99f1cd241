package org.mpyjvm.language.nodes;

import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.source.SourceSection;
import org.mpyjvm.language.MpyLanguage;
import org.mpyjvm.language.errors.ControlFlow;
import org.mpyjvm.language.errors.PyException;
import org.mpyjvm.language.runtime.PyNone;

/**
 * The root of a module body, function, lambda, comprehension or class body. Parameters arrive bound (see
 * {@link org.mpyjvm.language.runtime.Signature}) and are copied into frame slots {@code 0..n-1}; variables captured
 * by inner functions get a cell in their slot ({@link FrameSetupNode}). An exception leaving the function gets its traceback line.
 */
public final class PyRootNode extends PythonRootNode {
    @Child private PyStatementNode body;
    @Child private FrameSetupNode setup;

    public PyRootNode(MpyLanguage language, FrameDescriptor descriptor, PyStatementNode body, String name,
                      String fileName, int parameterCount, int[] cellSlots, boolean[] cellIsParameter,
                      SourceSection sourceSection) {
        super(language, descriptor, name, fileName, sourceSection);
        this.body = body;
        this.setup = new FrameSetupNode(parameterCount, cellSlots, cellIsParameter);
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
            throw leaving(e);
        } catch (StackOverflowError e) {
            throw recursionLimit();
        }
    }
}
