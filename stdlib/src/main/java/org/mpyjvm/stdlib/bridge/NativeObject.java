package org.mpyjvm.stdlib.bridge;

import org.mpyjvm.language.runtime.PyClass;
import org.mpyjvm.language.runtime.PyInstance;

/**
 * A Python object whose state is Java: a filesystem, an open file, a block device. It is a {@link PyInstance} so
 * the interpreter treats it like any instance (method lookup on its class, {@code with}, iteration, repr through
 * the class's {@code __repr__}), while its methods are Java ({@link NativeType}).
 */
public class NativeObject extends PyInstance {
    public NativeObject(PyClass type) {
        super(type);
    }
}
