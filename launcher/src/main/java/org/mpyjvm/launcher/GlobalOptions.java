package org.mpyjvm.launcher;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The global options of {@code bin/mpy} (DESIGN.md, "The command-line contract"): they come before a sub-command or
 * the script; whatever follows the script belongs to the script ({@code sys.argv[1:]}).
 */
final class GlobalOptions {
    String board;
    String boardFile;
    String device;
    boolean fresh;
    String code;
    String heapSize;
    final List<String> i2c = new ArrayList<>();
    String usb = "on";
    String clock;
    String nor = "strict";
    boolean hints = true;
    boolean quiet;
    String phase;
    boolean help;
    boolean version;
    /** The sub-command or script and everything after it. */
    final List<String> rest = new ArrayList<>();

    static GlobalOptions parse(String[] args) throws UsageException {
        GlobalOptions o = new GlobalOptions();
        int i = 0;
        while (i < args.length) {
            String a = args[i];
            if (!a.startsWith("-") || a.equals("-")) {
                break;
            }
            String inlineValue = null;
            int eq = a.indexOf('=');
            if (a.startsWith("--") && eq > 0) {
                inlineValue = a.substring(eq + 1);
                a = a.substring(0, eq);
            }
            switch (a) {
                case "--board": o.board = value(args, i, a, inlineValue); break;
                case "--board-file": o.boardFile = value(args, i, a, inlineValue); break;
                case "--device": o.device = value(args, i, a, inlineValue); break;
                case "--fresh": o.fresh = true; break;
                case "-c":
                    o.code = value(args, i, a, inlineValue);
                    i += 2;
                    while (i < args.length) {
                        o.rest.add(args[i++]);
                    }
                    return o.checked();
                case "-X": {
                    String x = value(args, i, a, inlineValue);
                    if (!x.startsWith("heapsize=")) {
                        throw new UsageException("unknown -X option '" + x + "' (known: heapsize=N[w][K|M])");
                    }
                    o.heapSize = x.substring("heapsize=".length());
                    break;
                }
                case "--i2c": o.i2c.add(value(args, i, a, inlineValue)); break;
                case "--usb": o.usb = choice(value(args, i, a, inlineValue), a, "on", "off"); break;
                case "--clock": o.clock = value(args, i, a, inlineValue); break;
                case "--nor": o.nor = choice(value(args, i, a, inlineValue), a, "strict", "and"); break;
                case "--phase": o.phase = choice(value(args, i, a, inlineValue), a, "boot", "code"); break;
                case "--no-hints": o.hints = false; break;
                case "-q": case "--quiet": o.quiet = true; break;
                case "-h": case "--help": o.help = true; break;
                case "--version": o.version = true; break;
                default:
                    throw new UsageException("unknown option '" + a + "' (see 'mpy --help')");
            }
            i += takesValue(a) && inlineValue == null ? 2 : 1;
        }
        while (i < args.length) {
            o.rest.add(args[i++]);
        }
        return o.checked();
    }

    private GlobalOptions checked() throws UsageException {
        if (fresh && device != null) {
            throw new UsageException("--fresh and --device exclude each other");
        }
        // MPY_DEVICE names the device for bin/mpy as for bin/mpremote, so the two always act on the same one.
        String fromEnv = System.getenv("MPY_DEVICE");
        if (device == null && !fresh && fromEnv != null && !fromEnv.isBlank()) {
            device = fromEnv;
        }
        return this;
    }

    private static boolean takesValue(String option) {
        switch (option) {
            case "--board": case "--board-file": case "--device": case "-c": case "-X": case "--i2c":
            case "--usb": case "--clock": case "--nor": case "--phase":
                return true;
            default:
                return false;
        }
    }

    private static String value(String[] args, int i, String option, String inlineValue) throws UsageException {
        if (inlineValue != null) {
            return inlineValue;
        }
        if (i + 1 >= args.length) {
            throw new UsageException("option " + option + " needs a value");
        }
        return args[i + 1];
    }

    private static String choice(String value, String option, String... allowed) throws UsageException {
        for (String a : allowed) {
            if (a.equals(value)) {
                return value;
            }
        }
        throw new UsageException(option + " takes " + String.join(" or ", allowed) + ", not '" + value + "'");
    }

    /**
     * The configuration handed to the interpreter as the opaque {@code mpy.Env} option; the stdlib reads it to build
     * the board and its device. Values must not contain ';'.
     */
    Map<String, String> env() {
        Map<String, String> env = new LinkedHashMap<>();
        put(env, "board", board);
        put(env, "boardFile", boardFile);
        put(env, "device", device);
        env.put("fresh", Boolean.toString(fresh));
        put(env, "heapsize", heapSize);
        if (!i2c.isEmpty()) {
            env.put("i2c", String.join(",", i2c));
        }
        env.put("usb", usb);
        put(env, "clock", clock);
        env.put("nor", nor);
        put(env, "phase", phase);
        env.put("hints", Boolean.toString(hints && !quiet));
        env.put("quiet", Boolean.toString(quiet));
        return env;
    }

    private static void put(Map<String, String> env, String key, String value) {
        if (value != null) {
            env.put(key, value);
        }
    }
}
