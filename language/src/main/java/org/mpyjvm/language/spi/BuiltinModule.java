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
}
