package org.mpyjvm.language.runtime;

/** super(cls, obj): attribute lookup starts after {@code cls} in the MRO of obj's class. */
public record PySuper(PyClass startAfter, Object self) implements PyObject {
    @Override
    public PyClass getPyClass() {
        return BuiltinTypes.SUPER;
    }

    public Object lookup(String name) {
        PyClass type = self instanceof PyClass c && !(startAfter.isSubclassOf(BuiltinTypes.TYPE)) && c.isSubclassOf(startAfter)
            ? c : PyOps.typeOf(self);
        PyClass[] mro = type.getMro();
        boolean found = false;
        for (PyClass c : mro) {
            if (found) {
                Object v = c.getDict().get(name);
                if (v != null) {
                    if (self instanceof PyClass cls && type == cls) {
                        if (v instanceof PyDescriptors.ClassMethod cm) {
                            return new PyBoundMethod(cls, cm.function());
                        }
                        return v instanceof PyDescriptors.StaticMethod sm ? sm.function() : v;
                    }
                    return PyOps.bind(v, self, type);
                }
            }
            if (c == startAfter) {
                found = true;
            }
        }
        return null;
    }
}
