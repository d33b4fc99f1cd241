package org.mpyjvm.stdlib.os;

import java.util.Map;
import java.util.TreeMap;
import org.mpyjvm.language.runtime.PyDict;
import org.mpyjvm.language.spi.BuiltinModule;
import org.mpyjvm.language.spi.ErrnoText;
import org.mpyjvm.language.spi.ModuleDefinition;
import org.mpyjvm.language.spi.ModuleSetup;

/** The {@code errno} module: MicroPython's default 22 names and {@code errorcode} (os.md 5.2). */
@BuiltinModule("errno")
public final class ErrnoModule implements ModuleDefinition {
    @Override
    public void initialize(ModuleSetup setup) {
        PyDict errorcode = new PyDict();
        for (Map.Entry<Integer, String> e : new TreeMap<>(ErrnoText.NAMES).entrySet()) {
            setup.setAttribute(e.getValue(), (long) e.getKey());
            errorcode.put((long) e.getKey(), e.getValue());
        }
        setup.setAttribute("errorcode", errorcode);
    }
}
