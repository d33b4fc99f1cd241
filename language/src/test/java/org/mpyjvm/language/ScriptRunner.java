package org.mpyjvm.language;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Source;

/** Runs a script in a fresh context as the launcher does; returns stdout followed by "[exit N]". */
final class ScriptRunner {
    private ScriptRunner() {
    }

    static String run(String code) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Context context = Context.newBuilder("mpy").out(out).err(out)
            .option("engine.WarnInterpreterOnly", "false").arguments("mpy", new String[]{"test.py"}).build()) {
            int status = context.eval(Source.newBuilder("mpy", code, "test.py").buildLiteral()).asInt();
            return out.toString(StandardCharsets.UTF_8) + "[exit " + status + "]";
        }
    }
}
