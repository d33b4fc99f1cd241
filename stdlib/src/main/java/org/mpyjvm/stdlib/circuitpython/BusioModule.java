package org.mpyjvm.stdlib.circuitpython;

import org.mpyjvm.language.spi.BuiltinModule;
import org.mpyjvm.language.spi.ModuleDefinition;
import org.mpyjvm.language.spi.ModuleSetup;
import org.mpyjvm.stdlib.ports.BoardModules;

/** CircuitPython's {@code busio}: the {@code I2C} class ({@link I2cType}); UART and SPI are not simulated. */
@BuiltinModule("busio")
public final class BusioModule implements ModuleDefinition {
    @Override
    public void initialize(ModuleSetup setup) {
        CircuitPythonBoard board = CircuitPythonBoard.of(BoardModules.require(setup.moduleName()));
        setup.setAttribute("I2C", board.i2cType().type());
    }
}
