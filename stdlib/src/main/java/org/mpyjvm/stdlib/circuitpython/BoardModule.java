package org.mpyjvm.stdlib.circuitpython;

import org.mpyjvm.language.runtime.PyBuiltinFunction;
import org.mpyjvm.language.spi.BuiltinModule;
import org.mpyjvm.language.spi.ModuleDefinition;
import org.mpyjvm.language.spi.ModuleSetup;
import org.mpyjvm.stdlib.ports.BoardModules;

/**
 * CircuitPython's {@code board} (circuitpython.md 4): the board file's pins, {@code board_id}, and {@code I2C()} (also
 * {@code STEMMA_I2C}, the same function): a {@code busio.I2C} on the default pins at 100 kHz whose pins survive the
 * end of boot.py, returned again by every call until it is deinitialised.
 */
@BuiltinModule("board")
public final class BoardModule implements ModuleDefinition {
    private CircuitPythonBoard board;

    @Override
    public void initialize(ModuleSetup setup) {
        board = CircuitPythonBoard.of(BoardModules.require(setup.moduleName()));
        setup.setAttribute("board_id", board.boardId());
        board.pins().boardPins().forEach(setup::setAttribute);
        PyBuiltinFunction i2c = new PyBuiltinFunction("I2C", 0, 0, false, (a, kw) -> defaultI2c());
        setup.setAttribute("I2C", i2c);
        setup.setAttribute("STEMMA_I2C", i2c);
    }

    private Object defaultI2c() {
        Object existing = board.defaultI2c();
        if (existing instanceof I2cObject o && !o.controller().isDeinitialized()) {
            return o;
        }
        String[] pins = I2cWiring.defaultPins(board.board());
        if (pins == null) {
            throw CircuitPythonErrors.noDefaultI2cBus();
        }
        PinObject scl = board.pins().chipPins().get(pins[0]);
        PinObject sda = board.pins().chipPins().get(pins[1]);
        if (scl == null || sda == null) {
            throw CircuitPythonErrors.noDefaultI2cBus();
        }
        I2cType type = board.i2cType();
        I2cObject made = type.open(type.type(), scl, sda, 100_000L, 255, true);
        board.setDefaultI2c(made);
        return made;
    }
}
