package org.mpyjvm.language.runtime;

/**
 * The parameters of a Python function. Frame argument layout after binding:
 * {@code [function, positional..., *args tuple?, keyword-only..., **kwargs dict?]}.
 */
public record Signature(String[] positional, int positionalOnly, boolean varArgs, String[] keywordOnly,
                        boolean varKeywords) {

    /** Number of bound parameter values (without the leading function). */
    public int parameterCount() {
        return positional.length + (varArgs ? 1 : 0) + keywordOnly.length + (varKeywords ? 1 : 0);
    }

    /** True when a call with only positional arguments can skip the general binder. */
    public boolean isSimple() {
        return !varArgs && !varKeywords && keywordOnly.length == 0;
    }
}
