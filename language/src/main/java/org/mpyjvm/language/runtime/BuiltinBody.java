package org.mpyjvm.language.runtime;

/** The Java code behind a builtin function. */
@FunctionalInterface
public interface BuiltinBody {
    Object call(Object[] args, PyKeywords keywords);
}
