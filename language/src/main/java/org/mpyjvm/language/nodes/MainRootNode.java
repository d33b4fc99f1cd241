package org.mpyjvm.language.nodes;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.RootNode;
import com.oracle.truffle.api.source.Source;
import org.mpyjvm.language.MpyContext;
import org.mpyjvm.language.MpyLanguage;

/** What {@code Context.eval} runs: parse, execute as {@code __main__}, print any error, return the exit status. */
public final class MainRootNode extends RootNode {
    private final Source source;

    public MainRootNode(MpyLanguage language, Source source) {
        super(language);
        this.source = source;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        return MpyContext.get(this).runMain(source);
    }
}
