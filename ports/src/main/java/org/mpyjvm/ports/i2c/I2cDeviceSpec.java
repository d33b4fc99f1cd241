package org.mpyjvm.ports.i2c;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One simulated peripheral as the command line ({@code --i2c ADDR=KIND[:OPTIONS]}) or a board file names it.
 * OPTIONS are comma-separated {@code key=value} pairs; a bare first value is the kind's main option.
 *
 * <pre>
 * 0x70=ht16k33[:display=seg7|seg14|matrix8x8|matrix16x8|backpack16x8|raw]   (bare: the display)
 * 0x3c=ssd1306[:size=128x64|128x32][,png=FILE]                              (bare: the size)
 * 0x50=at24[:size=256|32k|24c256][,file=FILE]                               (bare: the size; default 24C256)
 * 0x48=regmap:FILE                                                           (everything after ':' is the file)
 * </pre>
 * Addresses are {@code 0x..} hex or decimal, within 0x08..0x77 (the others are reserved by I2C and never found
 * by {@code scan()}). Values are checked here so a mistake is reported before anything runs.
 */
public record I2cDeviceSpec(int address, String kind, Map<String, String> options) {
    public static final List<String> KINDS = List.of("ht16k33", "ssd1306", "at24", "regmap");

    public I2cDeviceSpec {
        options = Collections.unmodifiableMap(new LinkedHashMap<>(options));
    }

    /** Parses one {@code --i2c} value; every error is an {@link I2cSpecException} with a one-line fix. */
    public static I2cDeviceSpec parse(String text) {
        String t = text.trim();
        int eq = t.indexOf('=');
        if (eq <= 0) {
            throw new I2cSpecException("--i2c '" + text + "': expected ADDR=KIND, e.g. --i2c 0x3c=ssd1306");
        }
        int address = parseAddress(text, t.substring(0, eq).trim());
        String rest = t.substring(eq + 1).trim();
        int colon = rest.indexOf(':');
        String kind = (colon < 0 ? rest : rest.substring(0, colon)).trim().toLowerCase(Locale.ROOT);
        String optionText = colon < 0 ? "" : rest.substring(colon + 1).trim();
        if (!KINDS.contains(kind)) {
            throw new I2cSpecException("--i2c " + text + ": unknown device '" + kind + "'; kinds are "
                    + String.join(", ", KINDS));
        }
        Map<String, String> options = kind.equals("regmap")
                ? regmapOptions(text, optionText)
                : keyValueOptions(text, kind, optionText);
        I2cDeviceSpec spec = new I2cDeviceSpec(address, kind, options);
        spec.check(text);
        return spec;
    }

    private static int parseAddress(String text, String a) {
        int address;
        try {
            address = a.toLowerCase(Locale.ROOT).startsWith("0x") ? Integer.parseInt(a.substring(2), 16)
                    : Integer.parseInt(a);
        } catch (NumberFormatException e) {
            throw new I2cSpecException("--i2c " + text + ": '" + a + "' is not an address; write it as 0x3c or 60");
        }
        if (address < I2cBus.FIRST_SCAN_ADDRESS || address > I2cBus.LAST_SCAN_ADDRESS) {
            throw new I2cSpecException(String.format("--i2c %s: address 0x%02x is %s; use 0x08..0x77", text,
                    address, address < 0 || address > 0x7F ? "not a 7-bit address"
                            : "reserved by I2C (scan() never reports it)"));
        }
        return address;
    }

    private static Map<String, String> regmapOptions(String text, String optionText) {
        String file = optionText.startsWith("file=") ? optionText.substring(5) : optionText;
        if (file.isEmpty()) {
            throw new I2cSpecException("--i2c " + text + ": a regmap needs its definition file: "
                    + "--i2c ADDR=regmap:FILE");
        }
        return Map.of("file", file);
    }

    private static Map<String, String> keyValueOptions(String text, String kind, String optionText) {
        Map<String, String> options = new LinkedHashMap<>();
        if (optionText.isEmpty()) {
            return options;
        }
        List<String> allowed = allowedOptions(kind);
        String[] parts = optionText.split(",");
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i].trim();
            int eq = part.indexOf('=');
            String key;
            String value;
            if (eq < 0) {
                if (i > 0) {
                    throw new I2cSpecException("--i2c " + text + ": option '" + part + "' needs a key; write "
                            + "KEY=VALUE with KEY one of " + String.join(", ", allowed));
                }
                key = allowed.get(0);
                value = part;
            } else {
                key = part.substring(0, eq).trim().toLowerCase(Locale.ROOT);
                value = part.substring(eq + 1).trim();
            }
            if (!allowed.contains(key)) {
                throw new I2cSpecException("--i2c " + text + ": " + kind + " has no option '" + key
                        + "'; options are " + String.join(", ", allowed));
            }
            if (value.isEmpty()) {
                throw new I2cSpecException("--i2c " + text + ": option '" + key + "' needs a value");
            }
            if (options.put(key, value) != null) {
                throw new I2cSpecException("--i2c " + text + ": option '" + key + "' is given twice");
            }
        }
        return options;
    }

    /** The option keys of a kind, its main (bare) option first. */
    static List<String> allowedOptions(String kind) {
        switch (kind) {
            case "ht16k33": return List.of("display");
            case "ssd1306": return List.of("size", "png");
            case "at24": return List.of("size", "file");
            default: return List.of("file");
        }
    }

    private void check(String text) {
        try {
            switch (kind) {
                case "ht16k33":
                    ht16k33Layout();
                    break;
                case "ssd1306":
                    ssd1306Height();
                    break;
                case "at24":
                    at24Chip();
                    break;
                default:
                    break;
            }
        } catch (IllegalArgumentException e) {
            throw new I2cSpecException("--i2c " + text + ": " + e.getMessage());
        }
    }

    public Ht16k33Layout ht16k33Layout() {
        return Ht16k33Layout.fromOption(options.getOrDefault("display", "seg7"));
    }

    /** 64 or 32. */
    public int ssd1306Height() {
        String size = options.getOrDefault("size", "128x64").toLowerCase(Locale.ROOT);
        switch (size) {
            case "128x64": case "64": return 64;
            case "128x32": case "32": return 32;
            default: throw new IllegalArgumentException("ssd1306 size is 128x64 or 128x32, not '" + size + "'");
        }
    }

    /** The EEPROM part; 24C256 (32 KiB) when no size is given, the part on most breakout boards. */
    public At24Chip at24Chip() {
        return At24Chip.parse(options.getOrDefault("size", "24c256"));
    }

    /** {@code file=}: the regmap definition, or the EEPROM's host file. */
    public Optional<Path> file() {
        return Optional.ofNullable(options.get("file")).map(Path::of);
    }

    /** {@code png=}: where to save an SSD1306's picture when the run ends. */
    public Optional<Path> pngOutput() {
        return Optional.ofNullable(options.get("png")).map(Path::of);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(String.format("0x%02x=%s", address, kind));
        String sep = ":";
        for (var e : options.entrySet()) {
            sb.append(sep).append(e.getKey()).append('=').append(e.getValue());
            sep = ",";
        }
        return sb.toString();
    }
}
