package org.mpyjvm.language.runtime;

import org.mpyjvm.language.hashing.KeyStrategy;

/**
 * How dicts and sets hash and compare guest keys: {@link PyOps#hash} (MicroPython's hash values, user
 * {@code __hash__}) and {@link PyOps#eq} (user {@code __eq__}). Strings, the commonest keys (globals, attributes,
 * JSON objects), take a fast path that allocates nothing.
 */
public final class PyKeyStrategy implements KeyStrategy {
    public static final PyKeyStrategy INSTANCE = new PyKeyStrategy();

    private PyKeyStrategy() {
    }

    @Override
    public long hash(Object key) {
        return PyOps.hash(key);
    }

    @Override
    public boolean keyEquals(Object stored, Object probe) {
        if (stored instanceof String s) {
            return probe instanceof String p && s.equals(p);
        }
        return PyOps.eq(stored, probe);
    }
}
