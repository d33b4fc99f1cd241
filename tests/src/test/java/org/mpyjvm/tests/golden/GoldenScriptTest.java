package org.mpyjvm.tests.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.graalvm.polyglot.Engine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.mpyjvm.launcher.Interpreter;

/**
 * MicroPython-style golden scripts: every {@code golden/**}{@code /NAME.py} runs in-process (one shared engine, a
 * fresh context each) and its stdout must equal {@code NAME.py.exp} byte for byte. A first line {@code # exit: N}
 * states the expected exit status (default 0). A script that prints only {@code SKIP} is reported as skipped, with
 * the counts printed at the end of the run.
 *
 * <p>{@code golden/known-failures.txt} lists scripts whose expected output mpy-jvm does not produce yet, each with
 * the reason: they still run, a failure is reported as skipped with that reason, and a listed script that passes
 * fails the run so the list only ever shrinks (MicroPython's test runner keeps per-port skip lists the same way).
 */
class GoldenScriptTest {
    private static final Path ROOT = Paths.get("src", "test", "resources", "golden");
    private static final Pattern EXIT = Pattern.compile("^# exit: (\\d+)");
    private static final Map<String, String> SKIPPED = new ConcurrentHashMap<>();
    private static final Map<String, String> KNOWN_FAILURES = knownFailures();
    private static Engine engine;

    @BeforeAll
    static void startEngine() {
        engine = Interpreter.newEngine();
    }

    @AfterAll
    static void report() {
        System.out.println("golden scripts skipped: " + SKIPPED.size());
        new TreeMap<>(SKIPPED).forEach((script, why) -> System.out.println("  SKIP " + script + ": " + why));
        engine.close();
    }

    @TestFactory
    Stream<DynamicTest> goldenScripts() throws IOException {
        List<Path> scripts;
        try (Stream<Path> walk = Files.walk(ROOT)) {
            // circuitpython/ needs its board and runs in CircuitPythonGoldenTest
            scripts = walk.filter(p -> p.toString().endsWith(".py"))
                    .filter(p -> !ROOT.relativize(p).startsWith("circuitpython"))
                    .sorted().collect(Collectors.toList());
        }
        return scripts.stream().map(script -> {
            String name = ROOT.relativize(script).toString().replace('\\', '/');
            return DynamicTest.dynamicTest(name, script.toUri(), () -> runOne(script, name));
        });
    }

    private static Map<String, String> knownFailures() {
        Map<String, String> known = new TreeMap<>();
        Path list = ROOT.resolve("known-failures.txt");
        if (!Files.exists(list)) {
            return known;
        }
        try {
            for (String line : Files.readAllLines(list, StandardCharsets.UTF_8)) {
                String entry = line.strip();
                if (entry.isEmpty() || entry.startsWith("#")) {
                    continue;
                }
                int hash = entry.indexOf('#');
                String name = (hash < 0 ? entry : entry.substring(0, hash)).strip();
                known.put(name, hash < 0 ? "listed without a reason" : entry.substring(hash + 1).strip());
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return known;
    }

    static Map<String, String> env() {
        return Map.of("board", "unix", "fresh", "true", "hints", "false", "quiet", "true");
    }

    private void runOne(Path script, String name) throws IOException {
        String code = Files.readString(script, StandardCharsets.UTF_8);
        Path expFile = Paths.get(script + ".exp");
        Assumptions.assumeTrue(Files.exists(expFile), () -> {
            SKIPPED.put(name, "no .exp file");
            return "no .exp file";
        });
        String expected = Files.readString(expFile, StandardCharsets.UTF_8);
        int expectedStatus = 0;
        Matcher m = EXIT.matcher(code);
        if (m.find()) {
            expectedStatus = Integer.parseInt(m.group(1));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status;
        try (Interpreter interpreter = new Interpreter(engine, env(), new String[] {name},
                new ByteArrayInputStream(new byte[0]), out, err)) {
            status = interpreter.runMain(code, name);
        }
        String actual = out.toString(StandardCharsets.UTF_8);
        if (actual.equals("SKIP\n") && !expected.equals("SKIP\n")) {
            SKIPPED.put(name, "the script printed SKIP (a feature it needs is absent)");
            Assumptions.abort("SKIP");
        }
        boolean passes = expected.equals(actual) && expectedStatus == status;
        String why = KNOWN_FAILURES.get(name);
        if (why != null) {
            if (passes) {
                throw new AssertionError(name + " passes now: remove it from golden/known-failures.txt");
            }
            SKIPPED.put(name, "known failure: " + why);
            Assumptions.abort("known failure: " + why);
        }
        assertEquals(expected, actual, name + " stdout (stderr: " + err.toString(StandardCharsets.UTF_8) + ")");
        assertEquals(expectedStatus, status, name + " exit status");
    }
}
