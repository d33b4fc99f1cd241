package org.mpyjvm.language.nodes.generator;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.MaterializedFrame;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.RootNode;
import com.oracle.truffle.api.source.SourceSection;
import org.mpyjvm.language.MpyLanguage;
import org.mpyjvm.language.errors.ControlFlow;
import org.mpyjvm.language.errors.Errors;
import org.mpyjvm.language.errors.PyException;
import org.mpyjvm.language.nodes.PyFrameRoot;
import org.mpyjvm.language.nodes.PyStatementNode;
import org.mpyjvm.language.runtime.PyGenerator;
import org.mpyjvm.language.runtime.PyNone;

/**
 * Runs (or re-enters) a generator's body on the generator's own frame, passed as argument 0 (the generator is
 * argument 1). A {@link ControlFlow.Yield} ends this call with the yielded value; a return or the end of the body
 * finishes the generator; an exception finishes it too and gets the generator's traceback line.
 */
public final class GeneratorBodyRootNode extends RootNode implements PyFrameRoot {
    @Child private PyStatementNode body;
    private final String name;
    private final String fileName;
    private final SourceSection sourceSection;

    public GeneratorBodyRootNode(MpyLanguage language, PyStatementNode body, String name, String fileName,
                                 SourceSection sourceSection) {
        super(language, FrameDescriptor.newBuilder().build());
        this.body = body;
        this.name = name;
        this.fileName = fileName;
        this.sourceSection = sourceSection;
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
    public String getFileName() {
        return fileName;
    }

    @Override
    public SourceSection getSourceSection() {
        return sourceSection;
    }

    @Override
    public String toString() {
        return name;
    }
}
