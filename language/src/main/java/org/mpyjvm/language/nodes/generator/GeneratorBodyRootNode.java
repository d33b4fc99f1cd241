package org.mpyjvm.language.nodes.generator;

import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.MaterializedFrame;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.source.SourceSection;
import org.mpyjvm.language.MpyLanguage;
import org.mpyjvm.language.errors.ControlFlow;
import org.mpyjvm.language.errors.PyException;
import org.mpyjvm.language.nodes.PyStatementNode;
import org.mpyjvm.language.nodes.PythonRootNode;
import org.mpyjvm.language.runtime.PyGenerator;
import org.mpyjvm.language.runtime.PyNone;

/**
 * Runs (or re-enters) a generator's body on the generator's own frame, passed as argument 0 (the generator is
 * argument 1). A {@link ControlFlow.Yield} ends this call with the yielded value; a return or the end of the body
 * finishes the generator; an exception finishes it too and gets the generator's traceback line.
 */
public final class GeneratorBodyRootNode extends PythonRootNode {
    @Child private PyStatementNode body;

    public GeneratorBodyRootNode(MpyLanguage language, PyStatementNode body, String name, String fileName,
                                 SourceSection sourceSection) {
        super(language, FrameDescriptor.newBuilder().build(), name, fileName, sourceSection);
        this.body = body;
        body.markRootBody();
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object[] args = frame.getArguments();
        MaterializedFrame generatorFrame = (MaterializedFrame) args[0];
        PyGenerator generator = (PyGenerator) args[1];
        try {
            body.executeVoid(generatorFrame);
            generator.finish(PyNone.INSTANCE);
            return PyNone.INSTANCE;
        } catch (ControlFlow.Yield y) {
            return y.value();
        } catch (ControlFlow.Return r) {
            generator.finish(r.value());
            return r.value();
        } catch (PyException e) {
            throw leaving(e);
        } catch (StackOverflowError e) {
            throw recursionLimit();
        }
    }
}
