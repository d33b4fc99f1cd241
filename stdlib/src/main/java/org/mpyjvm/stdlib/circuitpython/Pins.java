package org.mpyjvm.stdlib.circuitpython;

import java.util.LinkedHashMap;
import java.util.Map;
import org.mpyjvm.language.runtime.PyClass;
import org.mpyjvm.language.spi.Builtin;
import org.mpyjvm.ports.board.Board;
import org.mpyjvm.ports.board.Pin;
import org.mpyjvm.stdlib.bridge.NativeType;

/**
 * The board's pins as Python objects, made once per run: the {@code Pin} class, one object per GPIO the board file
 * names, the {@code board} attribute names in board-file order, and the name CircuitPython reports for a pin
 * ({@code assert_pin_free} looks in {@code board} first, then {@code microcontroller.pin}).
 */
final class Pins {
    private final PyClass type;
    private final Map<String, PinObject> byGpio = new LinkedHashMap<>();
    private final Map<String, PinObject> byBoardName = new LinkedHashMap<>();

    Pins(Board board) {
        this.type = NativeType.define("Pin", new Methods());
        for (Pin p : board.pins()) {
            PinObject o = byGpio.computeIfAbsent(p.gpio(), g -> new PinObject(type, g, "board." + p.name()));
            byBoardName.put(p.name(), o);
        }
    }

    PyClass type() {
        return type;
    }

    /** {@code board.NAME} attributes in board-file order. */
    Map<String, PinObject> boardPins() {
        return byBoardName;
    }

    /** {@code microcontroller.pin.GPIOn} attributes. */
    Map<String, PinObject> chipPins() {
        return byGpio;
    }

    /** The name in {@code ValueError: SCL in use}: the first board attribute for the pin, else its chip name. */
    String nameOf(String gpio) {
        for (Map.Entry<String, PinObject> e : byBoardName.entrySet()) {
            if (e.getValue().gpio().equals(gpio)) {
                return e.getKey();
            }
        }
        return gpio;
    }

    /** {@code Pin} has no constructor and no methods beyond its repr. */
    public static final class Methods {
        @Builtin(name = "__repr__", minArgs = 1)
        public Object repr(Object[] a) {
            return ((PinObject) a[0]).reprName();
        }
    }
}
