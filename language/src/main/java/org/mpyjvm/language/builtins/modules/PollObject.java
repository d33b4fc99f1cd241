package org.mpyjvm.language.builtins.modules;

import java.util.ArrayList;
import java.util.List;
import org.mpyjvm.language.builtins.BuiltinRegistry;
import org.mpyjvm.language.runtime.PyClass;
import org.mpyjvm.language.runtime.PyIterator;
import org.mpyjvm.language.runtime.PyList;
import org.mpyjvm.language.runtime.PyNone;
import org.mpyjvm.language.runtime.PyOps;
import org.mpyjvm.language.runtime.PyTuple;
import org.mpyjvm.language.spi.Builtin;

/**
 * The {@code poll} object of {@code select.poll()}: register/unregister/modify, {@code poll(timeout_ms)} returning
 * a list of {@code (obj, events)}, and {@code ipoll(timeout_ms, flags)} returning the poller itself as an iterator
 * over the ready objects ({@code flags & 1}: one-shot, the object's mask is cleared once it is reported).
 */
public final class PollObject extends PyIterator {
    static final PyClass TYPE = BuiltinRegistry.nativeClass("poll", PollObject.class, null, 0, 0, false);
    private static final int FLAG_ONESHOT = 1;

    private final PollSet set = new PollSet();
    private List<PollSet.Entry> pending = List.of();
    private int next;
    private boolean oneShot;

    @Override
    public PyClass getPyClass() {
        return TYPE;
    }

    private static PollObject self(Object o) {
        return (PollObject) o;
    }

    @Builtin(name = "register", minArgs = 2, maxArgs = 3)
    public static Object register(Object[] a) {
        int events = a.length > 2 ? (int) PyOps.asLong(a[2]) : PollTarget.POLLIN | PollTarget.POLLOUT;
        self(a[0]).set.add(a[1], events, false);
        return PyNone.INSTANCE;
    }

    /** Unregistering an object that is not registered does nothing, as in MicroPython. */
    @Builtin(name = "unregister", minArgs = 2, maxArgs = 2)
    public static Object unregister(Object[] a) {
        self(a[0]).set.remove(a[1]);
        return PyNone.INSTANCE;
    }

    @Builtin(name = "modify", minArgs = 3, maxArgs = 3)
    public static Object modify(Object[] a) {
        PollSet.Entry e = self(a[0]).set.find(a[1]);
        if (e == null) {
            throw PollTarget.oserror(2); // ENOENT
        }
        e.events = (int) PyOps.asLong(a[2]);
        return PyNone.INSTANCE;
    }

    @Builtin(name = "poll", minArgs = 1, maxArgs = 2)
    public static Object poll(Object[] a) {
        PollObject p = self(a[0]);
        p.set.waitReady(timeout(a));
        List<Object> out = new ArrayList<>();
        for (PollSet.Entry e : p.set.entries()) {
            if (e.revents != 0) {
                out.add(PyTuple.of(e.obj, (long) e.revents));
            }
        }
        return new PyList(out.toArray());
    }

    @Builtin(name = "ipoll", minArgs = 1, maxArgs = 3)
    public static Object ipoll(Object[] a) {
        PollObject p = self(a[0]);
        p.oneShot = a.length > 2 && (PyOps.asLong(a[2]) & FLAG_ONESHOT) != 0;
        p.set.waitReady(timeout(a));
        // a snapshot: the loop body may unregister objects (asyncio does) while it iterates
        List<PollSet.Entry> ready = new ArrayList<>();
        for (PollSet.Entry e : p.set.entries()) {
            if (e.revents != 0) {
                ready.add(e);
            }
        }
        p.pending = ready;
        p.next = 0;
        return p;
    }

    @Override
    public Object nextOrNull() {
        if (next >= pending.size()) {
            return null;
        }
        PollSet.Entry e = pending.get(next++);
        Object item = PyTuple.of(e.obj, (long) e.revents);
        if (oneShot) {
            e.events = 0;
        }
        return item;
    }

    /** A timeout in ms; None or a negative number waits for ever. */
    private static long timeout(Object[] a) {
        if (a.length < 2 || a[1] == PyNone.INSTANCE) {
            return -1;
        }
        long t = PyOps.asLong(a[1]);
        return t < 0 ? -1 : t;
    }
}
