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
     * True where the unix port's module of this name has an ordinary, mutable dict, so its attributes can be stored
     * and deleted (builtins: MICROPY_CAN_OVERRIDE_BUILTINS); false for a C module, whose globals are a fixed ROM
     * table. (The npm wasm build wraps io, time, collections, os and binascii in .py modules; the unix port does
     * not, and it is the one followed.)
     */
    boolean mutableInMicroPython() default false;
}
