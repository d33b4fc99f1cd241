package org.mpyjvm.stdlib.circuitpython;

import org.mpyjvm.language.runtime.PyBuiltinFunction;
import org.mpyjvm.language.runtime.PyByteArray;
import org.mpyjvm.language.runtime.PyClass;
import org.mpyjvm.language.runtime.PyDescriptors;
import org.mpyjvm.language.runtime.PyDict;
import org.mpyjvm.language.runtime.PyModule;
import org.mpyjvm.language.runtime.PyNone;
import org.mpyjvm.language.spi.Builtin;
import org.mpyjvm.language.spi.BuiltinModule;
import org.mpyjvm.language.spi.ModuleDefinition;
import org.mpyjvm.language.spi.ModuleSetup;
import org.mpyjvm.stdlib.bridge.NativeObject;
import org.mpyjvm.stdlib.bridge.NativeType;
import org.mpyjvm.stdlib.ports.BoardModules;

/**
 * CircuitPython's {@code microcontroller}: {@code Pin}, {@code pin} (the chip's pins the board wires, the same objects
 * as {@code board}'s), {@code cpu} with {@code uid} (the board's unique id, as in boot_out.txt) and {@code frequency}
 * (the RP2040 runs at 125 MHz), and {@code reset()} (a hard reset ends the run). Not simulated: {@code nvm},
 * {@code cpu.temperature}, {@code cpu.voltage}, {@code on_next_reset}.
 */
@BuiltinModule("microcontroller")
public final class MicrocontrollerModule implements ModuleDefinition {
    private static final long RP2040_FREQUENCY = 125_000_000L;

    private CircuitPythonBoard board;

    @Override
    public void initialize(ModuleSetup setup) {
        board = CircuitPythonBoard.of(BoardModules.require(setup.moduleName()));
        setup.setAttribute("Pin", board.pins().type());
        PyDict pins = new PyDict();
        board.pins().chipPins().forEach(pins::put);
        setup.setAttribute("pin", new PyModule("microcontroller.pin", pins));
        PyClass processor = NativeType.define("Processor");
        processor.setAttribute("uid", readOnly("uid", () -> new PyByteArray(board.uid())));
        processor.setAttribute("frequency", readOnly("frequency", () -> RP2040_FREQUENCY));
        setup.setAttribute("cpu", new NativeObject(processor));
    }

    private static PyDescriptors.Property readOnly(String name, java.util.function.Supplier<Object> value) {
        return new PyDescriptors.Property(new PyBuiltinFunction(name, 1, 1, false, (a, kw) -> value.get()),
                PyNone.INSTANCE, PyNone.INSTANCE);
    }

    @Builtin(name = "reset", minArgs = 0)
    public Object reset(Object[] a) {
        throw HardReset.now(board.session(), "microcontroller.reset()");
    }
}
