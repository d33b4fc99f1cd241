package org.mpyjvm.language.builtins.modules;

import org.mpyjvm.language.runtime.PyTuple;
import org.mpyjvm.language.spi.Builtin;
import org.mpyjvm.language.spi.BuiltinModule;
import org.mpyjvm.language.spi.ModuleDefinition;

/**
 * platform: MicroPython's three functions, naming the compatibility level and the JVM underneath
 * (MicroPython names its C compiler and libc there).
 */
@BuiltinModule("platform")
public final class PlatformModule implements ModuleDefinition {
    @Builtin(name = "platform")
    public static Object platform(Object[] a) {
        return "MicroPython-1.29.0-" + System.getProperty("os.arch") + "-with-mpy-jvm";
    }

    @Builtin(name = "python_compiler")
    public static Object pythonCompiler(Object[] a) {
        return "mpy-jvm on Java " + System.getProperty("java.version");
    }

    @Builtin(name = "libc_ver")
    public static Object libcVer(Object[] a) {
        return PyTuple.of("", "");
    }
}
