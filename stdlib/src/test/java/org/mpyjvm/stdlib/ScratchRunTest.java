package org.mpyjvm.stdlib;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Developer aid: runs /tmp/mpy-scratch.py (env from /tmp/mpy-scratch.env) when present; skipped otherwise. */
class ScratchRunTest {
    @Test
    void runScratch() throws Exception {
        Path script = Path.of("/tmp/mpy-scratch.py");
        Assumptions.assumeTrue(Files.exists(script));
        Path envFile = Path.of("/tmp/mpy-scratch.env");
        String[] env = Files.exists(envFile) ? Files.readString(envFile).strip().split("\\s+") : new String[0];
        PythonRun r = PythonRun.named("scratch.py", Files.readString(script), env);
        System.out.println("=== stdout\n" + r.out() + "=== stderr\n" + r.err() + "=== status " + r.status());
    }
}
