package org.mpyjvm.language.spi;

import java.util.Map;

/** What a {@link ModuleDefinition} may do while its module is being created. */
public interface ModuleSetup {
    /** The {@code mpy.Env} option as a map ("key=value;key=value"), empty when unset. */
    Map<String, String> env();

    /** Sets a module attribute (a constant, a class built with the runtime API, another function). */
    void setAttribute(String name, Object value);

    /** The module's name. */
    String moduleName();
}
