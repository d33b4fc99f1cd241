package org.mpyjvm.stdlib.os;

import org.mpyjvm.language.runtime.PyClass;
import org.mpyjvm.language.runtime.PyIterator;
import org.mpyjvm.language.runtime.PyOps;
import org.mpyjvm.language.runtime.PyTuple;
import org.mpyjvm.language.spi.Builtin;
import org.mpyjvm.stdlib.bridge.NativeObject;
import org.mpyjvm.stdlib.bridge.NativeType;

/**
 * {@code os.uname()}'s attribute-tuple: five strings reachable by name and by index; its repr is
 * {@code (sysname='linux', nodename='linux', release=..., version=..., machine=...)} (os.md 4).
 */
public final class UnameResult extends NativeObject {
    static final String[] FIELDS = {"sysname", "nodename", "release", "version", "machine"};
    private static final PyClass TYPE = NativeType.define("uname_result", new Methods());

    private final PyTuple values;

    UnameResult(String sysname, String nodename, String release, String version, String machine) {
        super(TYPE);
        this.values = PyTuple.of(sysname, nodename, release, version, machine);
        for (int i = 0; i < FIELDS.length; i++) {
            PyOps.setAttribute(this, FIELDS[i], values.get(i));
        }
    }

    /** The tuple behaviour of the result. */
    public static final class Methods {
        @Builtin(name = "__getitem__", minArgs = 2)
        public Object getItem(Object[] a) {
            return PyOps.getItem(((UnameResult) a[0]).values, a[1]);
        }

        @Builtin(name = "__len__", minArgs = 1)
        public Object len(Object[] a) {
            return (long) FIELDS.length;
        }

        @Builtin(name = "__iter__", minArgs = 1)
        public Object iter(Object[] a) {
            return PyIterator.of(java.util.Arrays.asList(((UnameResult) a[0]).values.items()).iterator());
        }

        @Builtin(name = "__repr__", minArgs = 1)
        public Object repr(Object[] a) {
            UnameResult u = (UnameResult) a[0];
            StringBuilder sb = new StringBuilder("(");
            for (int i = 0; i < FIELDS.length; i++) {
                sb.append(i == 0 ? "" : ", ").append(FIELDS[i]).append('=').append(PyOps.repr(u.values.get(i)));
            }
            return sb.append(')').toString();
        }
    }
}
