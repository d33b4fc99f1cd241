package org.mpyjvm.tests.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every core-language {@code .exp} must be what a real MicroPython prints: the npm WebAssembly build (MicroPython
 * 1.27) re-runs each script through {@code tests/tools/check-golden.mjs}. Folders whose expectations come from the
 * spec rather than that build (filesystems it lacks) are listed in the golden README and left out here.
 */
class GoldenExpectationsTest {
    private static final List<String> SPEC_DERIVED = List.of("vfs", "ports", "circuitpython", "asyncio");

    @Test
    void everyCoreLanguageExpectationIsMicroPythonsOutput() throws IOException, InterruptedException {
        Path tools = Paths.get("tools").toAbsolutePath();
        if (!Files.isDirectory(tools.resolve("node_modules/@micropython"))) {
            throw new AssertionError("the real MicroPython for the differential check is missing: run "
                    + "'npm ci --prefix tests/tools' (needs node and npm: apt-get install nodejs npm)");
        }
        List<String> command = new ArrayList<>(List.of("node", tools.resolve("check-golden.mjs").toString()));
        try (Stream<Path> dirs = Files.list(Paths.get("src/test/resources/golden"))) {
            dirs.filter(Files::isDirectory)
                    .filter(d -> !SPEC_DERIVED.contains(d.getFileName().toString()))
                    .sorted()
                    .forEach(d -> command.add(d.toAbsolutePath().toString()));
        }
        Path log = Files.createTempFile("check-golden", ".txt");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(15, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("check-golden.mjs did not finish in 15 minutes");
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        Files.deleteIfExists(log);
        System.out.println(output.lines().reduce((a, b) -> b).orElse("")
                + "; not run on npm MicroPython: " + specDerivedCount() + " scripts in " + SPEC_DERIVED
                + " (it has no VfsFat/VfsLfs/VfsRom, CircuitPython modules or asyncio.run)");
        assertEquals(0, p.exitValue(), output);
    }

    private static long specDerivedCount() throws IOException {
        long n = 0;
        for (String folder : SPEC_DERIVED) {
            Path dir = Paths.get("src/test/resources/golden", folder);
            if (Files.isDirectory(dir)) {
                try (Stream<Path> files = Files.walk(dir)) {
                    n += files.filter(f -> f.toString().endsWith(".py")).count();
                }
            }
        }
        return n;
    }
}
