package org.mpyjvm.ports.i2c;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The definition of a {@link RegisterMapDevice}, read from a small text file: enough to simulate a sensor that a
 * driver probes (WHO_AM_I, configuration registers, fixed readings).
 *
 * <pre>
 * # LIS3DH accelerometer: what its driver checks at start-up
 * name lis3dh
 * address 0x18              # default 7-bit address; --i2c ADDR=regmap:FILE overrides it
 * register-bytes 1          # bytes per register value, 1..4 (default 1)
 * pointer-bytes 1           # bytes of register address a write starts with, 1 or 2 (default 1)
 * byte-order big            # multi-byte registers: big (default) or little endian on the wire
 * auto-increment msb        # on (default), off, or msb: the pointer's top bit asks for increment (ST parts)
 * unlisted 0x00             # value read from registers not listed (default 0); writes to them are ignored
 * 0x0F = 0x33 ro            # WHO_AM_I: read-only
 * 0x20 = 0x07               # read-write, initial value 0x07
 * 0x28..0x2D = 0 ro         # a range of registers with one initial value
 * </pre>
 * Lines: {@code #} starts a comment; a setting is {@code KEY VALUE}; a register is {@code REG = VALUE [ro|rw]}
 * or {@code FIRST..LAST = VALUE [ro|rw]}. Numbers are decimal, {@code 0x} hex or {@code 0b} binary. Each
 * setting and register may appear once. Errors name the file and line.
 *
 * @param registers register number to its initial value and access
 */
public record RegisterMap(String name, int defaultAddress, int registerBytes, int pointerBytes, boolean bigEndian,
        AutoIncrement autoIncrement, long unlistedValue, SortedMap<Integer, Register> registers) {

    /** How the register pointer moves after each whole register is transferred. */
    public enum AutoIncrement { ON, OFF, MSB }

    public record Register(long initialValue, boolean readOnly) {
    }

    /** A definition file is wrong: the message is {@code FILE:LINE: what is wrong and what to write instead}. */
    public static final class FormatException extends IllegalArgumentException {
        public FormatException(String message) {
            super(message);
        }
    }

    /** The highest register number plus one for this pointer width (7 bits of a byte for {@link AutoIncrement#MSB}). */
    public int registerSpace() {
        int bits = 8 * pointerBytes - (autoIncrement == AutoIncrement.MSB ? 1 : 0);
        return 1 << bits;
    }

    /** Definitions shipped with mpy-jvm for the boards' on-board sensors, by name. */
    public static final List<String> BUILTIN = List.of("apds9960", "fxos8700", "hdc1010", "mma7660", "mma8652fc");

    /** A shipped definition ({@link #BUILTIN}), or empty for any other name. */
    public static Optional<RegisterMap> builtin(String name) {
        if (!BUILTIN.contains(name)) {
            return Optional.empty();
        }
        String resource = "regmaps/" + name + ".regmap";
        try (InputStream in = RegisterMap.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return Optional.of(parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), name + ".regmap"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static RegisterMap load(Path file) throws IOException {
        return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    }

    public static RegisterMap parse(String text, String source) {
        return new Parser(source).parse(text);
    }

    private static final class Parser {
        private final String source;
        private final Set<String> seen = new HashSet<>();
        private String name = "regmap";
        private int address = -1;
        private int registerBytes = 1;
        private int pointerBytes = 1;
        private boolean bigEndian = true;
        private AutoIncrement autoIncrement = AutoIncrement.ON;
        private long unlisted;
        /** Register lines are checked after all settings are known: value width depends on register-bytes. */
        private final TreeMap<Integer, long[]> registerLines = new TreeMap<>(); // reg -> {value, ro, line}

        Parser(String source) {
            this.source = source;
        }

        RegisterMap parse(String text) {
            String[] lines = text.split("\r?\n", -1);
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i];
                int hash = line.indexOf('#');
                if (hash >= 0) {
                    line = line.substring(0, hash);
                }
                line = line.trim();
                if (!line.isEmpty()) {
                    parseLine(line, i + 1);
                }
            }
            if (registerLines.isEmpty()) {
                throw error(0, "no registers defined; add lines such as '0x0F = 0x33 ro'");
            }
            TreeMap<Integer, Register> registers = new TreeMap<>();
            int space = 1 << (8 * pointerBytes - (autoIncrement == AutoIncrement.MSB ? 1 : 0));
            long max = (1L << (8 * registerBytes)) - 1;
            for (var e : registerLines.entrySet()) {
                long[] v = e.getValue();
                int line = (int) v[2];
                if (e.getKey() >= space) {
                    throw error(line, String.format("register 0x%x does not fit %d-byte pointers%s", e.getKey(),
                            pointerBytes, autoIncrement == AutoIncrement.MSB ? " with auto-increment msb" : ""));
                }
                if (v[0] > max) {
                    throw error(line, String.format("value 0x%x does not fit a %d-byte register", v[0],
                            registerBytes));
                }
                registers.put(e.getKey(), new Register(v[0], v[1] != 0));
            }
            if (unlisted > max) {
                throw error(0, String.format("unlisted value 0x%x does not fit a %d-byte register", unlisted,
                        registerBytes));
            }
            return new RegisterMap(name, address, registerBytes, pointerBytes, bigEndian, autoIncrement, unlisted,
                    Collections.unmodifiableSortedMap(registers));
        }

        private void parseLine(String line, int lineNo) {
            int eq = line.indexOf('=');
            if (eq >= 0) {
                parseRegister(line.substring(0, eq).trim(), line.substring(eq + 1).trim(), lineNo);
                return;
            }
            String[] parts = line.split("\\s+");
            String key = parts[0].toLowerCase(Locale.ROOT);
            if (parts.length != 2) {
                throw error(lineNo, "expected 'KEY VALUE' or 'REG = VALUE', not '" + line + "'");
            }
            if (!seen.add(key)) {
                throw error(lineNo, "'" + key + "' is set twice");
            }
            String value = parts[1];
            switch (key) {
                case "name":
                    name = value;
                    break;
                case "address":
                    address = (int) number(value, lineNo, 0x7F, "address");
                    break;
                case "register-bytes":
                    registerBytes = (int) number(value, lineNo, 4, "register-bytes");
                    if (registerBytes < 1) {
                        throw error(lineNo, "register-bytes must be 1, 2, 3 or 4");
                    }
                    break;
                case "pointer-bytes":
                    pointerBytes = (int) number(value, lineNo, 2, "pointer-bytes");
                    if (pointerBytes < 1) {
                        throw error(lineNo, "pointer-bytes must be 1 or 2");
                    }
                    break;
                case "byte-order":
                    if (!value.equals("big") && !value.equals("little")) {
                        throw error(lineNo, "byte-order is 'big' or 'little', not '" + value + "'");
                    }
                    bigEndian = value.equals("big");
                    break;
                case "auto-increment":
                    switch (value.toLowerCase(Locale.ROOT)) {
                        case "on": autoIncrement = AutoIncrement.ON; break;
                        case "off": autoIncrement = AutoIncrement.OFF; break;
                        case "msb": autoIncrement = AutoIncrement.MSB; break;
                        default: throw error(lineNo, "auto-increment is 'on', 'off' or 'msb', not '" + value + "'");
                    }
                    break;
                case "unlisted":
                    unlisted = number(value, lineNo, 0xFFFFFFFFL, "unlisted");
                    break;
                default:
                    throw error(lineNo, "unknown setting '" + parts[0] + "'; settings are name, address, "
                            + "register-bytes, pointer-bytes, byte-order, auto-increment, unlisted");
            }
        }

        private void parseRegister(String regs, String rest, int lineNo) {
            String[] parts = rest.split("\\s+");
            if (rest.isEmpty() || parts.length > 2) {
                throw error(lineNo, "expected 'REG = VALUE [ro|rw]'");
            }
            long value = number(parts[0], lineNo, 0xFFFFFFFFL, "value");
            boolean readOnly = false;
            if (parts.length == 2) {
                String access = parts[1].toLowerCase(Locale.ROOT);
                if (!access.equals("ro") && !access.equals("rw")) {
                    throw error(lineNo, "access is 'ro' or 'rw', not '" + parts[1] + "'");
                }
                readOnly = access.equals("ro");
            }
            int dots = regs.indexOf("..");
            int first;
            int last;
            if (dots >= 0) {
                first = (int) number(regs.substring(0, dots).trim(), lineNo, 0xFFFF, "register");
                last = (int) number(regs.substring(dots + 2).trim(), lineNo, 0xFFFF, "register");
                if (last < first) {
                    throw error(lineNo, "range " + regs + " runs backwards");
                }
            } else {
                first = (int) number(regs, lineNo, 0xFFFF, "register");
                last = first;
            }
            for (int r = first; r <= last; r++) {
                if (registerLines.containsKey(r)) {
                    throw error(lineNo, String.format("register 0x%x is already defined on line %d", r,
                            registerLines.get(r)[2]));
                }
                registerLines.put(r, new long[] {value, readOnly ? 1 : 0, lineNo});
            }
        }

        private long number(String text, int lineNo, long max, String what) {
            String t = text.toLowerCase(Locale.ROOT).replace("_", "");
            long v;
            try {
                if (t.startsWith("0x")) {
                    v = Long.parseLong(t.substring(2), 16);
                } else if (t.startsWith("0b")) {
                    v = Long.parseLong(t.substring(2), 2);
                } else {
                    v = Long.parseLong(t);
                }
            } catch (NumberFormatException e) {
                throw error(lineNo, what + " '" + text + "' is not a number (write 42, 0x2A or 0b101010)");
            }
            if (v < 0 || v > max) {
                throw error(lineNo, String.format("%s %s is out of range 0..0x%x", what, text, max));
            }
            return v;
        }

        private FormatException error(int lineNo, String message) {
            return new FormatException(lineNo > 0 ? source + ":" + lineNo + ": " + message
                    : source + ": " + message);
        }
    }
}
