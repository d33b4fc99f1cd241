package org.mpyjvm.language.runtime;

/** property, classmethod and staticmethod wrappers. */
public final class PyDescriptors {
    private PyDescriptors() {
    }

    public record Property(Object getter, Object setter, Object deleter) implements PyObject {
        @Override
        public PyClass getPyClass() {
            return BuiltinTypes.PROPERTY;
        }
    }

    public record ClassMethod(Object function) implements PyObject {
        @Override
        public PyClass getPyClass() {
            return BuiltinTypes.CLASSMETHOD;
        }
    }

    public record StaticMethod(Object function) implements PyObject {
        @Override
        public PyClass getPyClass() {
            return BuiltinTypes.STATICMETHOD;
        }
    }
}
