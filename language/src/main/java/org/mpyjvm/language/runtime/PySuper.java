package org.mpyjvm.language.runtime;

/**
 * super(cls, obj), as py/objtype.c's super_attr looks up: through the bases of {@code cls} (the class whose method
 * called super), each searched depth-first, then object. This is not the MRO of obj's class, so with diamond
 * inheritance MicroPython (and we) skip classes CPython would visit.
 */
public record PySuper(PyClass startAfter, Object self) implements PyObject {
    @Override
    public PyClass getPyClass() {
        return BuiltinTypes.SUPER;
    }

    public Object lookup(String name) {
        PyClass type = self instanceof PyClass c && !(startAfter.isSubclassOf(BuiltinTypes.TYPE)) && c.isSubclassOf(startAfter)
            ? c : PyOps.typeOf(self);
        Object v = null;
        PyClass[] owner = new PyClass[1];
        for (PyClass base : startAfter.getBases()) {
            if (base != BuiltinTypes.OBJECT) {
                v = depthFirst(base, name, owner);
                if (v != null) {
                    break;
                }
            }
        }
        if (self instanceof PyNativeSubclassInstance inst) {
            if (v == null && name.equals("__init__")) {
                // the native base's constructor, run on the instance: super().__init__(items) in a list subclass
                return new PyBoundMethod(inst, NativeSubclasses.PENDING_NATIVE_INIT);
            }
            if (v instanceof PyBuiltinFunction && owner[0].isBuiltin()) {
                return new PyBoundMethod(NativeSubclasses.nativeReceiver(inst), v);
            }
        }
        if (v == null) {
            v = BuiltinTypes.OBJECT.getDict().get(name);
        }
        if (v == null) {
            return null;
        }
        if (self instanceof PyClass cls && type == cls) {
            if (v instanceof PyDescriptors.ClassMethod cm) {
                return new PyBoundMethod(cls, cm.function());
            }
            return v instanceof PyDescriptors.StaticMethod sm ? sm.function() : v;
        }
        return PyOps.bind(v, self, type);
    }

    private static Object depthFirst(PyClass c, String name, PyClass[] owner) {
        Object v = c.getDict().get(name);
        if (v != null) {
            owner[0] = c;
            return v;
        }
        for (PyClass base : c.getBases()) {
            if (base != BuiltinTypes.OBJECT) {
                v = depthFirst(base, name, owner);
                if (v != null) {
                    return v;
                }
            }
        }
        return null;
    }
}
