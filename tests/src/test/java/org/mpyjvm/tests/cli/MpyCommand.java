package org.mpyjvm.tests.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs {@code bin/mpy} as a user would (the build is the reactor's own, so the script's self-build is skipped). */
final class MpyCommand {
    static final Path ROOT = Paths.get("..").toAbsolutePath().normalize();
    static final Path SHARED = ROOT.resolve("../shared").normalize();

    record Result(int status, String stdout, String stderr) {
    }

    private MpyCommand() {
    }

    static Result run(Path workDir, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(ROOT.resolve("bin/mpy").toString());
        command.addAll(List.of(args));
        return exec(workDir, Map.of(), command);
    }

    /**
     * Runs any command (a shell script, bin/mpremote) with bin/ first on PATH, a private state home unless
     * {@code env} names one, and {@code env} added.
     */
    static Result exec(Path workDir, Map<String, String> env, List<String> command)
            throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).directory(workDir.toFile());
        pb.environment().put("MPY_SKIP_BUILD", "1");
        pb.environment().remove("MPY_DEVICE");
        pb.environment().put("PATH", ROOT.resolve("bin") + java.io.File.pathSeparator + System.getenv("PATH"));
        pb.environment().put("XDG_STATE_HOME", Files.createTempDirectory("mpy-state").toString());
        pb.environment().putAll(env);
        Path out = Files.createTempFile("mpy-out", ".txt");
        Path err = Files.createTempFile("mpy-err", ".txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.PIPE);
        Process p = pb.start();
        p.getOutputStream().close();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " did not finish in 120 s");
        }
        Result r = new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
        Files.deleteIfExists(out);
        Files.deleteIfExists(err);
        return r;
    }
}
