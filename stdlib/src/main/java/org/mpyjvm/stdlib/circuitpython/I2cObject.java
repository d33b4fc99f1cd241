package org.mpyjvm.stdlib.circuitpython;

import org.mpyjvm.language.runtime.PyClass;
import org.mpyjvm.ports.i2c.I2cController;
import org.mpyjvm.stdlib.bridge.NativeObject;

/** A {@code busio.I2C} object: the ports' {@link I2cController} it drives. */
final class I2cObject extends NativeObject {
    private final I2cController controller;

    I2cObject(PyClass type, I2cController controller) {
        super(type);
        this.controller = controller;
    }

    I2cController controller() {
        return controller;
    }
}
