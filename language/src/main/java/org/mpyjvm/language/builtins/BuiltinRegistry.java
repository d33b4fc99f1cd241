package org.mpyjvm.language.builtins;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.LinkedHashMap;
import java.util.Map;
import org.mpyjvm.language.common.GuestError;
import org.mpyjvm.language.errors.Errors;
import org.mpyjvm.language.runtime.BuiltinBody;
import org.mpyjvm.language.runtime.BuiltinTypes;
import org.mpyjvm.language.runtime.Instantiation;
import org.mpyjvm.language.runtime.PyClass;
import org.mpyjvm.language.runtime.PyBuiltinFunction;
import org.mpyjvm.language.runtime.PyKeywords;
import org.mpyjvm.language.spi.Builtin;

/**
 * Turns {@link Builtin}-annotated Java methods into {@link PyBuiltinFunction}s. The one place that knows the
 * method shapes; used for builtin modules (language and stdlib alike) and for the methods of builtin types.
 *
 * <p>The declaring class must be public in a package exported to {@code org.mpyjvm.language}.
 */
public final class BuiltinRegistry {
    private BuiltinRegistry() {
    }

    /** All builtins declared by {@code type}, bound to {@code instance} (null for static methods only). */
    public static Map<String, PyBuiltinFunction> functionsOf(Class<?> type, Object instance) {
        Map<String, PyBuiltinFunction> result = new LinkedHashMap<>();
        for (Method m : type.getMethods()) {
            Builtin b = m.getAnnotation(Builtin.class);
            if (b == null) {
                continue;
            }
            Object receiver = Modifier.isStatic(m.getModifiers()) ? null : instance;
            int max = b.maxArgs() < 0 ? b.minArgs() : b.maxArgs();
            result.put(b.name(), new PyBuiltinFunction(b.name(), b.minArgs(), max, b.keywords(), body(m, receiver)));
        }
        return result;
    }

    /**
     * A builtin class (instances are Java objects returning it from getPyClass) with the static
     * {@link Builtin} methods of {@code methods} as its methods, and, when {@code constructor} is not null,
     * calling the class runs it.
     */
    public static PyClass nativeClass(String name, Class<?> methods, BuiltinBody constructor, int minArgs,
            int maxArgs, boolean keywords) {
        PyClass cls = PyClass.builtin(name, BuiltinTypes.OBJECT);
        functionsOf(methods, null).forEach(cls.getDict()::put);
        if (constructor != null) {
            Instantiation.registerConstructor(cls, new PyBuiltinFunction(name, minArgs, maxArgs, keywords, constructor));
        }
        return cls;
    }

    private static BuiltinBody body(Method m, Object receiver) {
        Class<?>[] params = m.getParameterTypes();
        boolean withKeywords = params.length == 2 && params[1] == PyKeywords.class;
        if (!(params.length == 1 && params[0] == Object[].class || withKeywords)) {
            throw new IllegalArgumentException("unsupported @Builtin signature: " + m);
        }
        return (args, keywords) -> {
            try {
                return withKeywords ? m.invoke(receiver, args, keywords) : m.invoke(receiver, (Object) args);
            } catch (InvocationTargetException e) {
                Throwable cause = e.getCause();
                if (cause instanceof GuestError g) {
                    throw Errors.fromGuestError(g);
                }
                if (cause instanceof RuntimeException r) {
                    throw r;
                }
                if (cause instanceof Error err) {
                    throw err;
                }
                throw new IllegalStateException(cause);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        };
    }
}
