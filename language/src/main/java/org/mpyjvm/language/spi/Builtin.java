package org.mpyjvm.language.spi;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A Python-callable function implemented by a Java method (static or instance) of a {@link BuiltinModule} class
 * or of a builtin type's method class. Supported method shapes:
 * <pre>
 *   Object name(Object[] args)
 *   Object name(Object[] args, PyKeywords keywords)     // needs keywords = true
 * </pre>
 * Arguments arrive as guest values: {@code Long}/{@code BigInteger} (int), {@code Boolean}, {@code Double},
 * {@code String}, {@code PyNone.INSTANCE} and the {@code org.mpyjvm.language.runtime} classes. Return a guest value
 * ({@code PyNone.INSTANCE} for None). Raise Python errors with {@code org.mpyjvm.language.errors.Errors} or by
 * throwing {@code org.mpyjvm.language.common.GuestError}. The argument count is checked before the call, with
 * MicroPython's messages.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Builtin {
    /** The Python name. */
    String name();

    int minArgs() default 0;

    /** -1: same as {@link #minArgs()}; {@link Integer#MAX_VALUE} for varargs. */
    int maxArgs() default -1;

    boolean keywords() default false;
}
