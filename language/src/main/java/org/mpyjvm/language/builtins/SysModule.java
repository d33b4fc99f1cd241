package org.mpyjvm.language.builtins;

import org.mpyjvm.language.MpyContext;
import org.mpyjvm.language.errors.Errors;
import org.mpyjvm.language.errors.TracebackPrinter;
import org.mpyjvm.language.runtime.BuiltinTypes;
import org.mpyjvm.language.runtime.PyBaseException;
import java.util.List;
import org.mpyjvm.language.runtime.NamedTuples;
import org.mpyjvm.language.runtime.PyClass;
import org.mpyjvm.language.runtime.PyList;
import org.mpyjvm.language.runtime.PyNone;
import org.mpyjvm.language.runtime.PyOps;
import org.mpyjvm.language.runtime.PyTuple;
import org.mpyjvm.language.spi.Builtin;
import org.mpyjvm.language.spi.BuiltinModule;
import org.mpyjvm.language.spi.ModuleDefinition;
import org.mpyjvm.language.spi.ModuleSetup;

/** The sys module (identity as on the unix port; platform from the mpy.Env key "platform"). */
@BuiltinModule("sys")
public final class SysModule implements ModuleDefinition {
    /** sys.implementation: name, version, _machine, _mpy (the .mpy version 6), printed without a class name. */
    private static final PyClass IMPLEMENTATION_TYPE =
        NamedTuples.define(null, List.of("name", "version", "_machine", "_mpy"));

    @Override
    public void initialize(ModuleSetup setup) {
        MpyContext context = MpyContext.get(null);
        Object[] argv = context.getEnv().getApplicationArguments();
        setup.setAttribute("argv", new PyList(argv.length > 0 ? java.util.Arrays.copyOfRange(argv, 0, argv.length)
            : new Object[0]));
        setup.setAttribute("path", context.getImporter().path());
        setup.setAttribute("modules", context.getImporter().modules());
        setup.setAttribute("platform", setup.env().getOrDefault("platform", "linux"));
        setup.setAttribute("version", "3.4.0; MicroPython v1.29.0 on mpy-jvm");
        setup.setAttribute("version_info", PyTuple.of(3L, 4L, 0L));
        setup.setAttribute("maxsize", Long.MAX_VALUE);
        setup.setAttribute("byteorder", "little");
        setup.setAttribute("implementation", new PyTuple(IMPLEMENTATION_TYPE, new Object[]{"micropython", PyTuple.of(1L, 29L, 0L, ""),
                "mpy-jvm with " + System.getProperty("os.arch"), 6L}));
        setup.setAttribute("stdin", new StdStream(0, false));
        setup.setAttribute("stdout", new StdStream(1, false));
        setup.setAttribute("stderr", new StdStream(2, false));
    }

    @Builtin(name = "exit", minArgs = 0, maxArgs = 1)
    public Object exit(Object[] args) {
        throw args.length == 0 ? Errors.create(BuiltinTypes.SYSTEM_EXIT, null)
            : Errors.createWithArgs(BuiltinTypes.SYSTEM_EXIT, args[0]);
    }

    @Builtin(name = "print_exception", minArgs = 1, maxArgs = 2)
    public Object printException(Object[] args) {
        String text = TracebackPrinter.format((PyBaseException) args[0]);
        if (args.length > 1 && args[1] != PyNone.INSTANCE) {
            BuiltinsModule.writeTo(args[1], text);
        } else {
            MpyContext.get(null).getOut().print(text);
        }
        return PyNone.INSTANCE;
    }
}
