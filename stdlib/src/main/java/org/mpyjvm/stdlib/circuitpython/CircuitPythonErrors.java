package org.mpyjvm.stdlib.circuitpython;

import java.util.Map;
import org.mpyjvm.language.errors.Errors;
import org.mpyjvm.language.errors.PyException;
import org.mpyjvm.language.runtime.BuiltinTypes;
import org.mpyjvm.language.runtime.PyOps;
import org.mpyjvm.ports.i2c.I2cMisuseException;

/**
 * Every CircuitPython error text this package raises, in one place (circuitpython.md 2, 4, 5, 6), read from
 * {@code shared-bindings/storage}, {@code shared-bindings/busio/I2C.c}, {@code shared-bindings/util.c},
 * {@code py/argcheck.c} and the RP2040 {@code common-hal/busio/I2C.c}.
 */
final class CircuitPythonErrors {
    /** CircuitPython's {@code OSError} texts ({@code py/moderrno.c}), printed instead of the errno names. */
    static final Map<Integer, String> ERRNO_TEXTS = Map.of(
            1, "Operation not permitted", 2, "No such file/directory", 5, "Input/output error",
            13, "Permission denied", 17, "File exists", 19, "No such device", 22, "Invalid argument",
            28, "No space left on device", 30, "Read-only filesystem");

    private CircuitPythonErrors() {
    }

    static PyException oserror(int errno) {
        return Errors.createWithArgs(BuiltinTypes.OS_ERROR, (long) errno);
    }

    /** {@code mp_raise_OSError_with_filename}: {@code [Errno 2] No such file/directory: name}. */
    static PyException oserror(int errno, String filename) {
        return Errors.createWithArgs(BuiltinTypes.OS_ERROR, (long) errno, filename);
    }

    static PyException cannotRemountVisibleViaUsb() {
        return Errors.runtimeError("Cannot remount path when visible via USB.");
    }

    static PyException cannotChangeUsbDevices() {
        return Errors.runtimeError("Cannot change USB devices now");
    }

    static PyException mountPointMissing() {
        return Errors.runtimeError("Mount point directory missing");
    }

    /** {@code mp_arg_validate_type}: {@code filesystem must be of type VfsFat, not int}. */
    static PyException mustBeOfType(String argument, String type, Object got) {
        return Errors.typeError(argument + " must be of type " + type + ", not " + PyOps.typeName(got));
    }

    static PyException extendedNotImplemented() {
        return Errors.notImplemented("extended=True");
    }

    static PyException noDefaultI2cBus() {
        return Errors.notImplemented("No default I2C bus");
    }

    static PyException pinInUse(String pinName) {
        return Errors.valueError(pinName + " in use");
    }

    static PyException invalidPins() {
        return Errors.valueError("Invalid pins");
    }

    static PyException frequencyTooHigh() {
        return Errors.valueError("frequency must be <= 1000000");
    }

    /** {@code mp_arg_validate_length_min}: {@code buffer length must be >= 1}. */
    static PyException lengthAtLeastOne(String argument) {
        return Errors.valueError(argument + " length must be >= 1");
    }

    static PyException invalidMode() {
        return Errors.valueError("Invalid mode");
    }

    static PyException deinitialized() {
        return misuse(I2cMisuseException.Reason.DEINITIALIZED);
    }

    /** The ports' I2C misuse reasons carry CircuitPython's type and text already. */
    static PyException misuse(I2cMisuseException.Reason reason) {
        return reason.pythonType().equals("ValueError") ? Errors.valueError(reason.message())
                : Errors.runtimeError(reason.message());
    }

    static PyException expectedPin(Object got) {
        return Errors.typeError("pin must be of type Pin, not " + PyOps.typeName(got));
    }
}
