package org.mpyjvm.language.builtins.modules;

import java.util.List;
import org.mpyjvm.language.MpyContext;
import org.mpyjvm.language.runtime.PyDict;
import org.mpyjvm.language.spi.BuiltinModule;
import org.mpyjvm.language.spi.ModuleDefinition;
import org.mpyjvm.language.spi.ModuleSetup;

/**
 * {@code import builtins}: a module holding the builtin names. It is a snapshot taken at import: assigning to its
 * attributes does not change what bare names resolve to (MicroPython's module shares the dict; known difference).
 */
@BuiltinModule(value = "builtins", mutableInMicroPython = true)
public final class BuiltinsImport implements ModuleDefinition {
    @Override
    public void initialize(ModuleSetup setup) {
        PyDict builtins = MpyContext.get(null).getBuiltins();
        List<Object[]> entries = builtins.storage().entries();
        for (Object[] e : entries) {
            if (e[0] instanceof String name) {
                setup.setAttribute(name, e[1]);
            }
        }
    }
}
