package org.mpyjvm.stdlib;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.Source;

/** Runs a script in a fresh context on a board, as the launcher does; stdout, stderr and the exit status. */
public record PythonRun(String out, String err, int status) {
    private static final Engine ENGINE = Engine.newBuilder("mpy").option("engine.WarnInterpreterOnly", "false")
            .build();

    /** {@code env} as {@code key=value} pairs; {@code fresh=true} and {@code hints=false} unless given. */
    public static PythonRun run(String code, String... env) {
        return named("test.py", code, env);
    }

    /** A script run under a display name (tracebacks show it). */
    public static PythonRun named(String name, String code, String... env) {
        Map<String, String> map = new LinkedHashMap<>();
        map.put("board", "unix");
        map.put("fresh", "true");
        map.put("hints", "false");
        for (String kv : env) {
            int eq = kv.indexOf('=');
            map.put(kv.substring(0, eq), kv.substring(eq + 1));
        }
        String encoded = map.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(";"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status;
        try (Context context = Context.newBuilder("mpy").engine(ENGINE).out(out).err(err)
                .arguments("mpy", new String[] {name}).option("mpy.Env", encoded).build()) {
            status = context.eval(Source.newBuilder("mpy", code, name).buildLiteral()).asInt();
        }
        return new PythonRun(out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), status);
    }
}
