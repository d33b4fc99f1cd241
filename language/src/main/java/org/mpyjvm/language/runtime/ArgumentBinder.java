package org.mpyjvm.language.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import java.util.Map;
import org.mpyjvm.language.errors.Errors;

/**
 * Maps a call's positional and keyword arguments onto a function's parameters, filling defaults, *args and
 * **kwargs. The result is the frame arguments array ({@code [function, parameters...]}, see {@link Signature}).
 *
 * <p>The checks follow MicroPython's {@code mp_setup_code_state} step by step, because which error a bad call gets
 * depends on that order: without keywords (and without keyword-only defaults) a short call is "takes N positional
 * arguments"; otherwise the missing positional reported is the last one ({@code #index}), and keyword-only
 * parameters are checked last.
 */
public final class ArgumentBinder {
    private ArgumentBinder() {
    }

    @TruffleBoundary
    public static Object[] bind(PyFunction fn, Object[] positional, PyKeywords keywords) {
        Signature sig = fn.getSignature();
        String[] names = sig.positional();
        String[] keywordOnly = sig.keywordOnly();
        int np = names.length;
        int given = positional.length;
        Object[] defaults = fn.getDefaults();
        int nDefaults = defaults.length;
        Map<String, Object> kwDefaults = fn.getKeywordDefaults();
        boolean hasKwDefaults = kwDefaults != null && !kwDefaults.isEmpty();
        int nKw = keywords == null ? 0 : keywords.size();

        Object[] result = new Object[1 + sig.parameterCount()];
        result[0] = fn;
        int varArgsIndex = 1 + np;
        int kwOnlyStart = varArgsIndex + (sig.varArgs() ? 1 : 0);
        int varKwIndex = kwOnlyStart + keywordOnly.length;

        if (given > np) {
            if (!sig.varArgs()) {
                throw Errors.positionalCount(fn.getName(), np, given);
            }
            result[varArgsIndex] = new PyTuple(java.util.Arrays.copyOfRange(positional, np, given));
            given = np;
        } else {
            if (sig.varArgs()) {
                result[varArgsIndex] = PyTuple.EMPTY;
            }
            if (nKw == 0 && !hasKwDefaults) {
                if (given < np - nDefaults) {
                    throw Errors.positionalCount(fn.getName(), np - nDefaults, given);
                }
                for (int i = given; i < np; i++) {
                    result[1 + i] = defaults[i - (np - nDefaults)];
                }
            }
        }
        System.arraycopy(positional, 0, result, 1, given);

        if (nKw == 0 && !hasKwDefaults) {
            if (keywordOnly.length != 0) {
                throw Errors.typeError("function missing keyword-only argument");
            }
            if (sig.varKeywords()) {
                result[varKwIndex] = new PyDict();
            }
            return result;
        }
        PyDict extra = null;
        if (sig.varKeywords()) {
            extra = new PyDict(nKw); // MicroPython sizes the **kwargs table for every keyword of the call
            result[varKwIndex] = extra;
        }
        for (int k = 0; k < nKw; k++) {
            String name = keywords.names()[k];
            int slot = parameterSlot(sig, name, kwOnlyStart);
            if (slot < 0) {
                if (extra == null) {
                    throw Errors.unexpectedKeyword(name);
                }
                extra.put(name, keywords.values()[k]);
            } else {
                if (result[slot] != null) {
                    throw Errors.multipleValues(name);
                }
                result[slot] = keywords.values()[k];
            }
        }
        for (int i = np - nDefaults; i < np; i++) {
            if (result[1 + i] == null) {
                result[1 + i] = defaults[i - (np - nDefaults)];
            }
        }
        for (int i = np - nDefaults - 1; i >= 0; i--) {
            if (result[1 + i] == null) {
                throw Errors.typeError("function missing required positional argument #" + i);
            }
        }
        for (int i = 0; i < keywordOnly.length; i++) {
            if (result[kwOnlyStart + i] == null) {
                Object d = hasKwDefaults ? kwDefaults.get(keywordOnly[i]) : null;
                if (d == null) {
                    throw Errors.missingKeyword(keywordOnly[i]);
                }
                result[kwOnlyStart + i] = d;
            }
        }
        return result;
    }

    /** The frame-argument index of the parameter called {@code name}, or -1. */
    private static int parameterSlot(Signature sig, String name, int kwOnlyStart) {
        String[] names = sig.positional();
        for (int i = sig.positionalOnly(); i < names.length; i++) {
            if (names[i].equals(name)) {
                return 1 + i;
            }
        }
        for (int i = 0; i < sig.keywordOnly().length; i++) {
            if (sig.keywordOnly()[i].equals(name)) {
                return kwOnlyStart + i;
            }
        }
        return -1;
    }
}
