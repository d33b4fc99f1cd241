package org.mpyjvm.language.builtins.modules;

import org.mpyjvm.language.MpyContext;
import org.mpyjvm.language.errors.Errors;
import org.mpyjvm.language.runtime.PyNone;
import org.mpyjvm.language.runtime.PyOps;
import org.mpyjvm.language.spi.Builtin;
import org.mpyjvm.language.spi.BuiltinModule;
import org.mpyjvm.language.spi.ModuleDefinition;

/**
 * micropython: const, opt_level, heap_lock/unlock, alloc_emergency_exception_buf, mem_info/stack_use/qstr_info and
 * schedule. Memory figures come from the JVM heap. schedule() queues the callback (at most 4 wait, then "schedule
 * queue full"); it runs at the next loop iteration or if statement, see
 * {@link org.mpyjvm.language.runtime.ScheduledCallbacks}.
 */
@BuiltinModule("micropython")
public final class MicropythonModule implements ModuleDefinition {
    private long optLevel;
    private long heapLocks;

    @Builtin(name = "const", minArgs = 1)
    public Object constant(Object[] a) {
        return a[0];
    }

    @Builtin(name = "opt_level", minArgs = 0, maxArgs = 1)
    public Object optLevel(Object[] a) {
        if (a.length == 0) {
            return optLevel;
        }
        optLevel = PyOps.asLong(a[0]);
        return PyNone.INSTANCE;
    }

    @Builtin(name = "heap_lock")
    public Object heapLock(Object[] a) {
        heapLocks++;
        return PyNone.INSTANCE;
    }

    /** Returns the lock depth left, as MicroPython does. */
    @Builtin(name = "heap_unlock")
    public Object heapUnlock(Object[] a) {
        if (heapLocks > 0) {
            heapLocks--;
        }
        return heapLocks;
    }

    @Builtin(name = "heap_locked")
    public Object heapLocked(Object[] a) {
        return heapLocks;
    }

    @Builtin(name = "alloc_emergency_exception_buf", minArgs = 1)
    public Object allocEmergencyExceptionBuf(Object[] a) {
        PyOps.asLong(a[0]);
        return PyNone.INSTANCE;
    }

    @Builtin(name = "mem_info", minArgs = 0, maxArgs = 1)
    public Object memInfo(Object[] a) {
        Runtime r = Runtime.getRuntime();
        long used = r.totalMemory() - r.freeMemory();
        MpyContext.get(null).getOut().print("mem: total=" + r.totalMemory() + ", current=" + used + ", peak="
            + used + "\nstack: " + stackDepth() + " out of " + (16 * 1024 * 1024) + "\nGC: total: " + r.maxMemory()
            + ", used: " + used + ", free: " + (r.maxMemory() - used) + "\n");
        return PyNone.INSTANCE;
    }

    @Builtin(name = "stack_use")
    public Object stackUse(Object[] a) {
        return (long) stackDepth();
    }

    @Builtin(name = "qstr_info", minArgs = 0, maxArgs = 1)
    public Object qstrInfo(Object[] a) {
        MpyContext.get(null).getOut().print("qstr pool: n_pool=0, n_qstr=0, n_str_data_bytes=0, n_total_bytes=0\n");
        return PyNone.INSTANCE;
    }

    @Builtin(name = "kbd_intr", minArgs = 1)
    public Object kbdIntr(Object[] a) {
        PyOps.asLong(a[0]);
        return PyNone.INSTANCE;
    }

    /** Queues the call; it runs at a later check point (see ScheduledCallbacks), never inside this call. */
    @Builtin(name = "schedule", minArgs = 2)
    public Object schedule(Object[] a) {
        if (!MpyContext.get(null).getScheduledCallbacks().schedule(a[0], a[1])) {
            throw Errors.runtimeError("schedule queue full");
        }
        return PyNone.INSTANCE;
    }

    /** A rough stack use in bytes: the Java frames below us times a typical frame size. */
    private static int stackDepth() {
        return Thread.currentThread().getStackTrace().length * 96;
    }
}
