package org.mpyjvm.language.builtins.modules;

import java.util.ArrayList;
import java.util.List;
import org.mpyjvm.language.errors.Errors;
import org.mpyjvm.language.runtime.PyBuiltinFunction;
import org.mpyjvm.language.runtime.PyList;
import org.mpyjvm.language.runtime.PyNone;
import org.mpyjvm.language.runtime.PyOps;
import org.mpyjvm.language.runtime.PyTuple;
import org.mpyjvm.language.spi.Builtin;
import org.mpyjvm.language.spi.BuiltinModule;
import org.mpyjvm.language.spi.ModuleDefinition;
import org.mpyjvm.language.spi.ModuleSetup;

/**
 * select (extmod/modselect.c): {@code poll()} objects and the POLL* constants. {@code select.select()} is there on
 * the bare-metal ports but not on the unix port (MICROPY_PY_SELECT_SELECT is 0 there), so it is only set up when
 * the board's sys.platform is not linux.
 */
@BuiltinModule("select")
public final class SelectModule implements ModuleDefinition {
    @Override
    public void initialize(ModuleSetup setup) {
        setup.setAttribute("POLLIN", (long) PollTarget.POLLIN);
        setup.setAttribute("POLLOUT", (long) PollTarget.POLLOUT);
        setup.setAttribute("POLLERR", (long) PollTarget.POLLERR);
        setup.setAttribute("POLLHUP", (long) PollTarget.POLLHUP);
        if (!setup.env().getOrDefault("platform", "linux").equals("linux")) {
            setup.setAttribute("select", new PyBuiltinFunction("select", 3, 4, false, (args, kw) -> select(args)));
        }
    }

    @Builtin(name = "poll")
    public Object poll(Object[] a) {
        return new PollObject();
    }

    /** select(rlist, wlist, xlist[, timeout_s]): three lists of the ready objects. */
    private static Object select(Object[] a) {
        PollSet set = new PollSet();
        int[] masks = {PollTarget.POLLIN, PollTarget.POLLOUT, PollTarget.POLLERR | PollTarget.POLLHUP};
        for (int i = 0; i < 3; i++) {
            for (Object o : sequence(a[i])) {
                set.add(o, masks[i], true);
            }
        }
        long timeout = -1;
        if (a.length > 3 && a[3] != PyNone.INSTANCE) {
            double seconds = PyOps.toDouble(a[3]);
            timeout = seconds >= 0 ? (long) (seconds * 1000) : -1;
        }
        set.waitReady(timeout);
        List<Object> r = new ArrayList<>();
        List<Object> w = new ArrayList<>();
        List<Object> x = new ArrayList<>();
        for (PollSet.Entry e : set.entries()) {
            if ((e.revents & PollTarget.POLLIN) != 0) {
                r.add(e.obj);
            }
            if ((e.revents & PollTarget.POLLOUT) != 0) {
                w.add(e.obj);
            }
            if ((e.revents & ~(PollTarget.POLLIN | PollTarget.POLLOUT)) != 0) {
                x.add(e.obj);
            }
        }
        return PyTuple.of(new PyList(r.toArray()), new PyList(w.toArray()), new PyList(x.toArray()));
    }

    private static List<Object> sequence(Object o) {
        if (o instanceof PyList || o instanceof PyTuple) {
            return PyOps.toList(o);
        }
        throw Errors.typeError("object '" + PyOps.typeName(o) + "' isn't a tuple or list");
    }
}
