package org.mpyjvm.language.spi;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a {@link ModuleDefinition} class as the Java implementation of the builtin module {@link #value()}.
 * Its {@link Builtin}-annotated methods become the module's functions.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface BuiltinModule {
    /** The name scripts import, e.g. {@code "vfs"}. */
    String value();

    /**
     * True where MicroPython's module of this name has an ordinary, mutable dict, so its attributes can be deleted:
     * a .py wrapper (io, time, collections, os and binascii in the reference build) or builtins (writable there);
     * false for a C module, whose globals are a fixed ROM table.
     */
    boolean mutableInMicroPython() default false;
}
