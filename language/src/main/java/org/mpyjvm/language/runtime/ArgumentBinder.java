package org.mpyjvm.language.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import org.mpyjvm.language.errors.Errors;

/**
 * Maps a call's positional and keyword arguments onto a function's parameters, filling defaults, *args and
 * **kwargs, with MicroPython's error messages. The result is the frame arguments array
 * ({@code [function, parameters...]}, see {@link Signature}).
 */
public final class ArgumentBinder {
    private ArgumentBinder() {
    }

    @TruffleBoundary
    public static Object[] bind(PyFunction fn, Object[] positional, PyKeywords keywords) {
        Signature sig = fn.getSignature();
        String[] names = sig.positional();
        int np = names.length;
        Object[] result = new Object[1 + sig.parameterCount()];
        result[0] = fn;
        if (positional.length > np && !sig.varArgs()) {
            throw Errors.positionalCount(fn.getName(), np, positional.length);
        }
        int copied = Math.min(np, positional.length);
        System.arraycopy(positional, 0, result, 1, copied);
        int index = 1 + np;
        if (sig.varArgs()) {
            Object[] rest = positional.length > np ? java.util.Arrays.copyOfRange(positional, np, positional.length)
                : new Object[0];
            result[index++] = new PyTuple(rest);
        }
        int kwOnlyStart = index;
        index += sig.keywordOnly().length;
        PyDict extra = null;
        if (sig.varKeywords()) {
            extra = new PyDict();
            result[index] = extra;
        }
        if (keywords != null) {
            for (int k = 0; k < keywords.size(); k++) {
                String name = keywords.names()[k];
                Object value = keywords.values()[k];
                int slot = -1;
                for (int i = sig.positionalOnly(); i < np; i++) {
                    if (names[i].equals(name)) {
                        slot = 1 + i;
                        break;
                    }
                }
                if (slot < 0) {
                    for (int i = 0; i < sig.keywordOnly().length; i++) {
                        if (sig.keywordOnly()[i].equals(name)) {
                            slot = kwOnlyStart + i;
                            break;
                        }
                    }
                }
                if (slot < 0) {
                    if (extra == null) {
                        throw Errors.unexpectedKeyword(name);
                    }
                    extra.put(name, value);
                } else {
                    if (result[slot] != null) {
                        throw Errors.multipleValues(name);
                    }
                    result[slot] = value;
                }
            }
        }
        Object[] defaults = fn.getDefaults();
        int firstDefault = np - defaults.length;
        int missing = 0;
        for (int i = 0; i < np; i++) {
            if (result[1 + i] == null) {
                if (i >= firstDefault) {
                    result[1 + i] = defaults[i - firstDefault];
                } else {
                    missing++;
                }
            }
        }
        if (missing > 0) {
            if (keywords == null || keywords.isEmpty()) {
                throw Errors.positionalCount(fn.getName(), np, positional.length);
            }
            throw Errors.missingPositional(missing);
        }
        for (int i = 0; i < sig.keywordOnly().length; i++) {
            if (result[kwOnlyStart + i] == null) {
                Object d = fn.getKeywordDefaults() == null ? null : fn.getKeywordDefaults().get(sig.keywordOnly()[i]);
                if (d == null) {
                    throw Errors.missingKeyword(sig.keywordOnly()[i]);
                }
                result[kwOnlyStart + i] = d;
            }
        }
        return result;
    }
}
