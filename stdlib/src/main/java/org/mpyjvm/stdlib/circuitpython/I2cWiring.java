package org.mpyjvm.stdlib.circuitpython;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.mpyjvm.ports.board.Board;
import org.mpyjvm.ports.board.I2cPeripheral;
import org.mpyjvm.ports.i2c.I2cBus;
import org.mpyjvm.ports.i2c.I2cDeviceFactory;
import org.mpyjvm.ports.i2c.I2cDeviceSpec;
import org.mpyjvm.ports.i2c.NackErrno;

/**
 * The board's I2C wires: one {@link I2cBus} per bus of the board file (keyed by its SCL/SDA pins), with the board's
 * own peripherals and the ones the env key {@code i2c} names ({@code 0x3c=ssd1306,0x70=ht16k33}, as the launcher
 * joins its {@code --i2c} options) attached to the default bus. The RP2040 answers a missing device with ENODEV.
 */
final class I2cWiring {
    /** Where one device's text starts in the joined value: {@code ADDR=}. */
    private static final Pattern DEVICE_START = Pattern.compile("^\\s*(0[xX][0-9a-fA-F]+|\\d+)\\s*=.*");

    private final Map<String, I2cBus> byPins = new LinkedHashMap<>();
    private I2cBus defaultBus;
    private final DisplayReport displays = new DisplayReport();

    I2cWiring(Board board, String envI2c, Path stateFolder) {
        for (org.mpyjvm.ports.board.I2cBus b : board.i2cBuses()) {
            I2cBus bus = new I2cBus("I2C" + b.id(), NackErrno.ENODEV);
            byPins.put(key(b.scl(), b.sda()), bus);
            if (b.isDefault() || defaultBus == null) {
                defaultBus = bus;
            }
            List<I2cDeviceSpec> own = new ArrayList<>();
            for (I2cPeripheral p : board.i2cPeripherals()) {
                if (p.bus().equals(b.id())) {
                    own.add(I2cDeviceSpec.parse(String.format("0x%02x=regmap:%s", p.address(),
                            p.kind().toLowerCase(Locale.ROOT))));
                }
            }
            I2cDeviceFactory.attachAll(bus, own, stateFolder);
        }
        List<I2cDeviceSpec> extra = specs(envI2c);
        if (!extra.isEmpty()) {
            if (defaultBus == null) {
                throw new IllegalArgumentException("--i2c: " + board.id() + " has no I2C bus");
            }
            displays.add(extra, I2cDeviceFactory.attachAll(defaultBus, extra, stateFolder));
        }
    }

    /** The displays attached with {@code --i2c}, reported when the run ends. */
    DisplayReport displays() {
        return displays;
    }

    /** Splits the joined {@code --i2c} values; a comma inside one device's options stays with that device. */
    static List<I2cDeviceSpec> specs(String joined) {
        List<I2cDeviceSpec> out = new ArrayList<>();
        if (joined == null || joined.isBlank()) {
            return out;
        }
        StringBuilder current = null;
        for (String part : joined.split(",")) {
            if (current == null || DEVICE_START.matcher(part).matches()) {
                if (current != null) {
                    out.add(I2cDeviceSpec.parse(current.toString()));
                }
                current = new StringBuilder(part);
            } else {
                current.append(',').append(part);
            }
        }
        out.add(I2cDeviceSpec.parse(current.toString()));
        return out;
    }

    private static String key(String scl, String sda) {
        return scl + "/" + sda;
    }

    /** The bus wired to these pins (by pin id), or null when no bus of the board uses them. */
    I2cBus busOn(String sclGpio, String sdaGpio) {
        return byPins.get(key(sclGpio, sdaGpio));
    }

    /** The bus {@code board.I2C()} opens, or null on a board without one. */
    I2cBus defaultBus() {
        return defaultBus;
    }

    /** The default bus's SCL and SDA pin ids. */
    static String[] defaultPins(Board board) {
        for (org.mpyjvm.ports.board.I2cBus b : board.i2cBuses()) {
            if (b.isDefault()) {
                return new String[] {b.scl(), b.sda()};
            }
        }
        return board.i2cBuses().isEmpty() ? null
                : new String[] {board.i2cBuses().get(0).scl(), board.i2cBuses().get(0).sda()};
    }
}
