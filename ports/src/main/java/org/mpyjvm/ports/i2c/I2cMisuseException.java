package org.mpyjvm.ports.i2c;

/**
 * A program used a controller in a way the port refuses before any bus activity. The messages are
 * CircuitPython's texts ({@code shared-bindings/busio/I2C.c}, {@code shared-bindings/util.c}, the RP2040
 * {@code common-hal/busio/I2C.c}); {@link Reason#pythonType} names the exception class it raises there.
 */
public final class I2cMisuseException extends RuntimeException {
    public enum Reason {
        LOCK_REQUIRED("RuntimeError", "Function requires lock"),
        DEINITIALIZED("ValueError", "Object has been deinitialized and can no longer be used. Create a new object."),
        NO_PULL_UPS("RuntimeError", "No pull up found on SDA or SCL; check your wiring");

        private final String pythonType;
        private final String message;

        Reason(String pythonType, String message) {
            this.pythonType = pythonType;
            this.message = message;
        }

        /** The built-in exception CircuitPython raises: {@code RuntimeError} or {@code ValueError}. */
        public String pythonType() {
            return pythonType;
        }

        public String message() {
            return message;
        }
    }

    private final Reason reason;

    public I2cMisuseException(Reason reason) {
        super(reason.message());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
