package org.mpyjvm.language.runtime;

/** super(cls, obj): attribute lookup in the bases of {@code cls}, bound to obj. */
public record PySuper(PyClass startAfter, Object self) implements PyObject {
    @Override
    public PyClass getPyClass() {
        return BuiltinTypes.SUPER;
    }

    /**
     * MicroPython's super(): the attribute is searched in the bases of {@code startAfter} (each depth-first), not in
     * the rest of the instance's MRO; then in object.
     */
    public Object lookup(String name) {
        PyClass type = self instanceof PyClass c && !(startAfter.isSubclassOf(BuiltinTypes.TYPE)) && c.isSubclassOf(startAfter)
            ? c : PyOps.typeOf(self);
        Object v = null;
        for (PyClass base : startAfter.getBases()) {
            v = base.lookup(name);
            if (v != null) {
                break;
            }
        }
        if (v == null) {
            v = BuiltinTypes.OBJECT.getDict().get(name);
            if (v == null) {
                return null;
            }
        }
        if (self instanceof PyClass cls && type == cls) {
            if (v instanceof PyDescriptors.ClassMethod cm) {
                return new PyBoundMethod(cls, cm.function());
            }
            return v instanceof PyDescriptors.StaticMethod sm ? sm.function() : v;
        }
        return PyOps.bind(v, self, type);
    }
}
