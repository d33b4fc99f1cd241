package org.mpyjvm.language.nodes.statement;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import org.mpyjvm.language.MpyContext;
import org.mpyjvm.language.nodes.PyStatementNode;
import org.mpyjvm.language.nodes.PyWriteNode;
import org.mpyjvm.language.runtime.PyOps;

/** {@code import a.b.c [as x]}: binds the top package, or the named module itself with {@code as}. */
public final class ImportNode extends PyStatementNode {
    private final String moduleName;
    private final boolean bindLeaf;
    @Child private PyWriteNode target;

    public ImportNode(String moduleName, boolean bindLeaf, PyWriteNode target) {
        this.moduleName = moduleName;
        this.bindLeaf = bindLeaf;
        this.target = target;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        target.executeWrite(frame, load(MpyContext.get(this), moduleName, bindLeaf));
    }

    @TruffleBoundary
    private static Object load(MpyContext context, String name, boolean leaf) {
        Object module = context.getImporter().importModule(name);
        if (leaf) {
            return module;
        }
        int dot = name.indexOf('.');
        return dot < 0 ? module : context.getImporter().importModule(name.substring(0, dot));
    }

    static Object attributeOrSubmodule(MpyContext context, Object module, String moduleName, String name) {
        Object v = PyOps.getAttributeOrNull(module, name);
        if (v == null) {
            v = context.getImporter().tryImport(moduleName + "." + name);
        }
        return v;
    }
}
