package org.mpyjvm.stdlib.circuitpython;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;

/** One run of the Trinkey as the launcher makes it: env keys, argv, a script; stdout and the exit status. */
final class BoardRun {
    static final String TRINKEY = "circuitpython:adafruit_qt2040_trinkey";

    static {
        // The stdlib module does not read the polyglot API (only its tests use it); let the patched test module read it.
        try {
            BoardRun.class.getModule().addReads(Class.forName("org.graalvm.polyglot.Context").getModule());
        } catch (ClassNotFoundException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    final Map<String, String> env = new LinkedHashMap<>();
    String out;
    String err;
    int status;

    private BoardRun(Path device) {
        env.put("board", TRINKEY);
        if (device == null) {
            env.put("fresh", "true");
        } else {
            env.put("device", device.toString());
            env.put("fresh", "false");
        }
        env.put("hints", "false");
    }

    static BoardRun on(Path device) {
        return new BoardRun(device);
    }

    BoardRun with(String key, String value) {
        env.put(key, value);
        return this;
    }

    /** Runs {@code code} as the script {@code name} ("" = no script: the board's power-up, then {@code code}). */
    BoardRun run(String name, String code) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        String encoded = env.entrySet().stream().map(x -> x.getKey() + "=" + x.getValue())
                .collect(Collectors.joining(";"));
        try (Context c = Context.newBuilder("mpy").in(new ByteArrayInputStream(new byte[0])).out(o).err(e)
                .arguments("mpy", new String[] {name}).option("mpy.Env", encoded)
                .option("engine.WarnInterpreterOnly", "false").build()) {
            try {
                Value v = c.eval(Source.newBuilder("mpy", code, name.isEmpty() ? "<stdin>" : name).buildLiteral());
                status = v.fitsInInt() ? v.asInt() : 0;
            } catch (PolyglotException x) {
                if (!x.isExit()) {
                    throw x;
                }
                status = x.getExitStatus();
            }
        }
        out = o.toString(StandardCharsets.UTF_8);
        err = e.toString(StandardCharsets.UTF_8);
        return this;
    }
}
