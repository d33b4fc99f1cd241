package org.mpyjvm.ports.i2c;

/**
 * A pin is already claimed. CircuitPython raises {@code ValueError: <name> in use}, where the name is the first
 * {@code board} attribute bound to that pin (else its {@code microcontroller.pin} name); the caller knows those
 * names, so this carries the pin id it was given and the Python layer may print a board alias instead.
 */
public final class PinInUseException extends RuntimeException {
    private final String pin;

    public PinInUseException(String pin) {
        super(pin + " in use");
        this.pin = pin;
    }

    /** The pin id as it was passed to {@link PinClaims#claim}. */
    public String pin() {
        return pin;
    }
}
