package org.mpyjvm.language.runtime;

import com.oracle.truffle.api.object.DynamicObject;
import com.oracle.truffle.api.object.Shape;

/** An instance of a user class (or of object): attributes live in the object's shape, so the JIT can fold them. */
public class PyInstance extends DynamicObject implements PyObject {
    public static final Shape ROOT_SHAPE = Shape.newBuilder().build();
    private PyClass pyClass;

    public PyInstance(PyClass pyClass) {
        super(ROOT_SHAPE);
        this.pyClass = pyClass;
    }

    @Override
    public PyClass getPyClass() {
        return pyClass;
    }

    public void setPyClass(PyClass pyClass) {
        this.pyClass = pyClass;
    }
}
