package org.mpyjvm.language.runtime;

/**
 * An instance of a user class whose layout base is a builtin type other than object and BaseException
 * ({@code class Stack(list)}, {@code class Celsius(float)}): like MicroPython's instance with one native sub-object,
 * it holds the native value (a PyList, PyDict, Long, Double, String, ...) beside its attributes, which live in the
 * object's shape as for any instance. Native methods and operators apply to {@link #nativeValue()}; see
 * {@link NativeSubclasses} for the rules that decide when.
 */
public final class PyNativeSubclassInstance extends PyInstance {
    private Object nativeValue;

    /** A blank instance whose native part is not built yet (object.__new__, or before the base's __init__ ran). */
    public PyNativeSubclassInstance(PyClass pyClass) {
        super(pyClass);
        this.nativeValue = NativeSubclasses.PENDING_NATIVE_INIT;
    }

    public Object nativeValue() {
        return nativeValue;
    }

    public void setNativeValue(Object nativeValue) {
        this.nativeValue = nativeValue;
    }

    /** True until the native base's constructor has run: MicroPython's sub-object is then its init wrapper. */
    public boolean isNativePending() {
        return nativeValue == NativeSubclasses.PENDING_NATIVE_INIT;
    }
}
