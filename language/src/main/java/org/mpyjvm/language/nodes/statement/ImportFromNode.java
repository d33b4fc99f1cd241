package org.mpyjvm.language.nodes.statement;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import org.mpyjvm.language.MpyContext;
import org.mpyjvm.language.errors.Errors;
import org.mpyjvm.language.nodes.PyStatementNode;
import org.mpyjvm.language.nodes.PyWriteNode;
import org.mpyjvm.language.nodes.local.ReadGlobalNode;
import org.mpyjvm.language.runtime.PyDict;
import org.mpyjvm.language.runtime.PyModule;

/** {@code from [.]*mod import a [as b], ...} and {@code from mod import *}; names are null for the star form. */
public final class ImportFromNode extends PyStatementNode {
    private final String moduleName;
    private final int level;
    private final String[] names;
    @Children private final PyWriteNode[] targets;

    public ImportFromNode(String moduleName, int level, String[] names, PyWriteNode[] targets) {
        this.moduleName = moduleName;
        this.level = level;
        this.names = names;
        this.targets = targets;
    }

    @Override
    @ExplodeLoop
    public void executeVoid(VirtualFrame frame) {
        MpyContext context = MpyContext.get(this);
        PyDict globals = ReadGlobalNode.globals(frame);
        String absolute = resolve(context, globals);
        Object module = context.getImporter().importModule(absolute);
        if (names == null) {
            importStar(module, globals);
            return;
        }
        for (int i = 0; i < names.length; i++) {
            targets[i].executeWrite(frame, lookup(context, module, absolute, names[i]));
        }
    }

    @TruffleBoundary
    private String resolve(MpyContext context, PyDict globals) {
        return context.getImporter().resolveRelative(moduleName, level, globals);
    }

    @TruffleBoundary
    private static Object lookup(MpyContext context, Object module, String moduleName, String name) {
        Object v = ImportNode.attributeOrSubmodule(context, module, moduleName, name);
        if (v == null) {
            throw Errors.cannotImportName(name);
        }
        return v;
    }

    @TruffleBoundary
    private static void importStar(Object module, PyDict globals) {
        if (module instanceof PyModule m) {
            for (Object[] e : m.getGlobals().storage().entries()) {
                if (e[0] instanceof String s && !s.startsWith("_")) {
                    globals.put(s, e[1]);
                }
            }
        }
    }
}
