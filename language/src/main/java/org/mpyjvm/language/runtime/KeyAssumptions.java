package org.mpyjvm.language.runtime;

import com.oracle.truffle.api.Assumption;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.Truffle;
import java.util.HashMap;
import java.util.Map;

/**
 * "The value under this key has not changed" assumptions of one dict, created on demand for the keys compiled code
 * reads as constants (module globals and builtins read by name). Any store, removal or clear of a watched key
 * invalidates its assumption, so code that folded the value deoptimizes; unwatched keys cost one map probe.
 */
public final class KeyAssumptions {
    private final Map<Object, Assumption> byKey = new HashMap<>();

    @TruffleBoundary
    public Assumption get(Object key) {
        Assumption a = byKey.get(key);
        if (a == null || !a.isValid()) {
            a = Truffle.getRuntime().createAssumption(String.valueOf(key));
            byKey.put(key, a);
        }
        return a;
    }

    @TruffleBoundary
    public void changed(Object key) {
        Assumption a = byKey.remove(key);
        if (a != null) {
            a.invalidate();
        }
    }

    @TruffleBoundary
    public void changedAll() {
        for (Assumption a : byKey.values()) {
            a.invalidate();
        }
        byKey.clear();
    }
}
