package org.mpyjvm.language.nodes;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.instrumentation.GenerateWrapper;
import com.oracle.truffle.api.instrumentation.InstrumentableNode;
import com.oracle.truffle.api.instrumentation.ProbeNode;
import com.oracle.truffle.api.instrumentation.StandardTags;
import com.oracle.truffle.api.instrumentation.Tag;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.source.Source;
import com.oracle.truffle.api.source.SourceSection;

/**
 * Base of all executable nodes. Keeps its source position as character index/length (the section is created on
 * demand) plus the line, which tracebacks need on the slow path without touching the Source.
 */
@GenerateWrapper
public abstract class PyStatementNode extends Node implements InstrumentableNode {
    private static final int NO_SOURCE = -1;
    private int sourceCharIndex = NO_SOURCE;
    private int sourceLength;
    private int line;
    private boolean statementTag;
    private boolean rootBodyTag;

    public abstract void executeVoid(VirtualFrame frame);

    public final void setSource(int charIndex, int length, int line) {
        this.sourceCharIndex = charIndex;
        this.sourceLength = length;
        this.line = line;
    }

    public final void copySource(PyStatementNode other) {
        this.sourceCharIndex = other.sourceCharIndex;
        this.sourceLength = other.sourceLength;
        this.line = other.line;
    }

    public final int getLine() {
        return line;
    }

    public final void markStatement() {
        statementTag = true;
    }

    public final void markRootBody() {
        rootBodyTag = true;
    }

    @Override
    public SourceSection getSourceSection() {
        if (sourceCharIndex == NO_SOURCE) {
            return null;
        }
        com.oracle.truffle.api.nodes.RootNode root = getRootNode();
        if (root == null || root.getSourceSection() == null) {
            return null;
        }
        Source source = root.getSourceSection().getSource();
        return source.createSection(sourceCharIndex, sourceLength);
    }

    @Override
    public boolean isInstrumentable() {
        return sourceCharIndex != NO_SOURCE;
    }

    @Override
    public boolean hasTag(Class<? extends Tag> tag) {
        if (tag == StandardTags.StatementTag.class) {
            return statementTag;
        }
        if (tag == StandardTags.RootBodyTag.class) {
            return rootBodyTag;
        }
        return false;
    }

    @Override
    public WrapperNode createWrapper(ProbeNode probe) {
        return new PyStatementNodeWrapper(this, probe);
    }
}
