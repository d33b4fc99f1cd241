package org.mpyjvm.language.nodes;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.nodes.RootNode;
import com.oracle.truffle.api.source.SourceSection;
import org.mpyjvm.language.MpyLanguage;
import org.mpyjvm.language.errors.Errors;
import org.mpyjvm.language.errors.PyException;

/** What the roots of Python code share: the frame's name and file for tracebacks, and its source section. */
public abstract class PythonRootNode extends RootNode implements PyFrameRoot {
    private final String name;
    private final String fileName;
    private final SourceSection sourceSection;

    protected PythonRootNode(MpyLanguage language, FrameDescriptor descriptor, String name, String fileName,
                             SourceSection sourceSection) {
        super(language, descriptor);
        this.name = name;
        this.fileName = fileName;
        this.sourceSection = sourceSection;
    }

    /** An exception leaving this frame: adds the frame's traceback entry. */
    protected final PyException leaving(PyException e) {
        PyFrameRoot.recordTraceback(e, fileName, name);
        return e;
    }

    /** A Java stack overflow inside the frame is MicroPython's RuntimeError. */
    protected static PyException recursionLimit() {
        CompilerDirectives.transferToInterpreter();
        return Errors.maxRecursion();
    }

    @Override
    public final String getName() {
        return name;
    }

    @Override
    public final String getFileName() {
        return fileName;
    }

    @Override
    public final SourceSection getSourceSection() {
        return sourceSection;
    }

    @Override
    public final String toString() {
        return name;
    }
}
