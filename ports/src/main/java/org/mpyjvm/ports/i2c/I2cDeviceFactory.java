package org.mpyjvm.ports.i2c;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Builds the peripherals that {@link I2cDeviceSpec}s name and connects them to a bus. */
public final class I2cDeviceFactory {
    private I2cDeviceFactory() {
    }

    /**
     * Creates the device.
     *
     * @param stateFolder the board's device folder, where an EEPROM without {@code file=} keeps its contents
     *     ({@link #eepromFile}); null for {@code --fresh} (the EEPROM lives in memory)
     * @throws I2cSpecException when a file cannot be read or is wrong, in one line
     */
    public static I2cDevice create(I2cDeviceSpec spec, Path stateFolder) {
        switch (spec.kind()) {
            case "ht16k33":
                return new Ht16k33(spec.address(), spec.ht16k33Layout());
            case "ssd1306":
                return new Ssd1306(spec.address(), spec.ssd1306Height());
            case "at24":
                return eeprom(spec, stateFolder);
            case "regmap":
                return regmap(spec);
            default:
                throw new I2cSpecException("--i2c " + spec + ": unknown device '" + spec.kind() + "'");
        }
    }

    /** Creates and attaches every device; address clashes are reported as {@link I2cSpecException}. */
    public static List<I2cDevice> attachAll(I2cBus bus, List<I2cDeviceSpec> specs, Path stateFolder) {
        for (I2cDeviceSpec spec : specs) {
            I2cDevice device = create(spec, stateFolder);
            try {
                bus.attach(device);
            } catch (IllegalArgumentException e) {
                throw new I2cSpecException("--i2c " + spec + ": " + e.getMessage());
            }
        }
        return bus.devices();
    }

    /** Where an EEPROM at {@code address} keeps its bytes in a device folder: {@code i2c-0x50.eeprom}. */
    public static Path eepromFile(Path stateFolder, int address) {
        return stateFolder.resolve(String.format("i2c-0x%02x.eeprom", address));
    }

    private static At24 eeprom(I2cDeviceSpec spec, Path stateFolder) {
        At24Chip chip = spec.at24Chip();
        Path file = spec.file().orElse(stateFolder == null ? null : eepromFile(stateFolder, spec.address()));
        if (file == null) {
            return At24.inMemory(chip, spec.address());
        }
        try {
            return At24.persisted(chip, spec.address(), file);
        } catch (IOException e) {
            throw new I2cSpecException("--i2c " + spec + ": cannot use " + file + " as a " + chip.partName()
                    + " (" + e.getMessage() + "); give the matching size= or delete the file");
        }
    }

    /** A definition file, or when no such file exists, a shipped definition of that name ({@code regmap:hdc1010}). */
    private static RegisterMapDevice regmap(I2cDeviceSpec spec) {
        Path file = spec.file().orElseThrow();
        try {
            return new RegisterMapDevice(RegisterMap.load(file), spec.address());
        } catch (java.nio.file.NoSuchFileException e) {
            return RegisterMap.builtin(file.toString()).map(m -> new RegisterMapDevice(m, spec.address()))
                    .orElseThrow(() -> new I2cSpecException("--i2c " + spec + ": no register map file " + file
                            + " (shipped maps: " + String.join(", ", RegisterMap.BUILTIN) + ")"));
        } catch (IOException e) {
            throw new I2cSpecException("--i2c " + spec + ": cannot read the register map " + file + ": "
                    + e.getMessage());
        } catch (RegisterMap.FormatException e) {
            throw new I2cSpecException(e.getMessage());
        }
    }
}
