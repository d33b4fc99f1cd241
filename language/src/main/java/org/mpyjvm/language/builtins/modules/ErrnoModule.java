package org.mpyjvm.language.builtins.modules;

import java.util.Map;
import org.mpyjvm.language.errors.ErrnoCodes;
import org.mpyjvm.language.runtime.PyDict;
import org.mpyjvm.language.spi.BuiltinModule;
import org.mpyjvm.language.spi.ModuleDefinition;
import org.mpyjvm.language.spi.ModuleSetup;

/** errno: the constants and the {@code errorcode} dict (number to name). */
@BuiltinModule("errno")
public final class ErrnoModule implements ModuleDefinition {
    @Override
    public void initialize(ModuleSetup setup) {
        PyDict errorcode = new PyDict();
        for (Map.Entry<String, Integer> e : ErrnoCodes.byName().entrySet()) {
            setup.setAttribute(e.getKey(), (long) e.getValue());
            errorcode.put((long) e.getValue(), e.getKey());
        }
        setup.setAttribute("errorcode", errorcode);
    }
}
