package org.mpyjvm.language.builtins.modules;

import org.mpyjvm.language.runtime.PyNone;
import org.mpyjvm.language.runtime.PyOps;
import org.mpyjvm.language.spi.Builtin;
import org.mpyjvm.language.spi.BuiltinModule;
import org.mpyjvm.language.spi.ModuleDefinition;

/**
 * gc: the JVM's collector does the work, so collect() only asks it to run; mem_free/mem_alloc report the JVM heap
 * (the numbers a MicroPython board reports about its own heap are not meaningful here). enable/disable/threshold
 * keep the values scripts set and read back.
 */
@BuiltinModule("gc")
public final class GcModule implements ModuleDefinition {
    private boolean enabled = true;
    private long threshold = -1;

    @Builtin(name = "collect")
    public Object collect(Object[] a) {
        System.gc();
        return PyNone.INSTANCE;
    }

    @Builtin(name = "enable")
    public Object enable(Object[] a) {
        enabled = true;
        return PyNone.INSTANCE;
    }

    @Builtin(name = "disable")
    public Object disable(Object[] a) {
        enabled = false;
        return PyNone.INSTANCE;
    }

    @Builtin(name = "isenabled")
    public Object isenabled(Object[] a) {
        return enabled;
    }

    @Builtin(name = "mem_free")
    public Object memFree(Object[] a) {
        Runtime r = Runtime.getRuntime();
        return r.maxMemory() - (r.totalMemory() - r.freeMemory());
    }

    @Builtin(name = "mem_alloc")
    public Object memAlloc(Object[] a) {
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }

    @Builtin(name = "threshold", minArgs = 0, maxArgs = 1)
    public Object threshold(Object[] a) {
        if (a.length == 0) {
            return threshold;
        }
        threshold = PyOps.asLong(a[0]);
        return PyNone.INSTANCE;
    }
}
