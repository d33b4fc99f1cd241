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
     * True where MicroPython's module of this name is Python code (a .py wrapper with an ordinary dict, as io,
     * time and collections are in the reference build), so its attributes can be deleted; false for a C module,
     * whose globals are a fixed ROM table.
     */
    boolean pythonInMicroPython() default false;
}
