package org.mpyjvm.stdlib.bridge;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mpyjvm.language.builtins.BuiltinRegistry;
import org.mpyjvm.language.runtime.BuiltinTypes;
import org.mpyjvm.language.runtime.PyClass;
import org.mpyjvm.language.runtime.PyDescriptors;

/**
 * Builds a Python class whose methods are the {@code @Builtin} methods of Java objects ({@code args[0]} is self).
 * The constructor is a {@code __new__} builtin receiving the class first, so user subclasses work too (their
 * {@code __init__} runs after it, as in MicroPython). Names listed as static become staticmethods
 * ({@code VfsFat.mkfs}); names listed as absent are left out (VfsRom has no {@code mkdir}).
 */
public final class NativeType {
    private NativeType() {
    }

    public static PyClass define(String name, Object... methods) {
        return define(name, List.of(methods), Set.of(), Set.of());
    }

    public static PyClass define(String name, List<Object> methods, Set<String> statics, Set<String> absent) {
        Map<String, Object> dict = new LinkedHashMap<>();
        for (Object holder : methods) {
            BuiltinRegistry.functionsOf(holder.getClass(), holder).forEach(dict::put);
        }
        absent.forEach(dict::remove);
        for (String s : statics) {
            dict.put(s, new PyDescriptors.StaticMethod(dict.get(s)));
        }
        Object ctor = dict.get("__new__");
        if (ctor != null) {
            dict.put("__new__", new PyDescriptors.StaticMethod(ctor));
        }
        return PyClass.user(name, new PyClass[] {BuiltinTypes.OBJECT}, dict);
    }
}
