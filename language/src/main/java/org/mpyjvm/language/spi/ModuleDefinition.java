package org.mpyjvm.language.spi;

/**
 * A builtin module written in Java, found with {@link java.util.ServiceLoader}.
 *
 * <p>To add a module (e.g. in the stdlib module):
 * <pre>
 * &#64;BuiltinModule("vfs")
 * public final class VfsModule implements ModuleDefinition {
 *     private Map&lt;String, String&gt; env;
 *
 *     &#64;Override
 *     public void initialize(ModuleSetup setup) {
 *         env = setup.env();                     // the parsed mpy.Env option
 *         setup.setAttribute("VERSION", 2L);     // constants, classes, ...
 *     }
 *
 *     &#64;Builtin(name = "mount", minArgs = 2, maxArgs = 3, keywords = true)
 *     public Object mount(Object[] args, PyKeywords keywords) { ... return PyNone.INSTANCE; }
 * }
 * </pre>
 * and declare it in the providing module's {@code module-info.java}:
 * {@code provides org.mpyjvm.language.spi.ModuleDefinition with org.mpyjvm.stdlib.VfsModule;}
 *
 * <p>One instance is created per polyglot context (per interpreter run), on the first import of the module, so
 * instance fields are per-run state. A definition whose name is already provided by the language (a later provider
 * for the same name) replaces it, so stdlib can supply a fuller {@code sys}-adjacent module than the core.
 */
public interface ModuleDefinition {
    /** Called once, before the module object is first returned by import. */
    default void initialize(ModuleSetup setup) {
    }
}
