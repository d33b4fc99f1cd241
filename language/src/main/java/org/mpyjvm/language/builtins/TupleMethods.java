package org.mpyjvm.language.builtins;

import org.mpyjvm.language.runtime.PyTuple;
import org.mpyjvm.language.runtime.SequenceSearch;
import org.mpyjvm.language.spi.Builtin;

/** tuple's methods, {@code args[0]} is self. */
public final class TupleMethods {
    private TupleMethods() {
    }

    @Builtin(name = "index", minArgs = 2, maxArgs = 4)
    public static Object index(Object[] a) {
        return SequenceSearch.index(((PyTuple) a[0]).items(), a);
    }

    @Builtin(name = "count", minArgs = 2)
    public static Object count(Object[] a) {
        return SequenceSearch.count(((PyTuple) a[0]).items(), a[1]);
    }
}
