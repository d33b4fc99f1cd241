package org.mpyjvm.stdlib.circuitpython;

import org.mpyjvm.language.runtime.PyClass;
import org.mpyjvm.stdlib.bridge.NativeObject;

/** A {@code microcontroller.Pin}: one GPIO of the chip; {@code board.SCL} and {@code microcontroller.pin.GPIO17} are the same object. */
final class PinObject extends NativeObject {
    private final String gpio;
    private final String reprName;

    PinObject(PyClass type, String gpio, String reprName) {
        super(type);
        this.gpio = gpio;
        this.reprName = reprName;
    }

    /** The chip pin id ({@code GPIO17}) under which pins are claimed. */
    String gpio() {
        return gpio;
    }

    /** {@code board.SCL}, or {@code microcontroller.pin.GPIO3} for a pin the board names no attribute after. */
    String reprName() {
        return reprName;
    }
}
