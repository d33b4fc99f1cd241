package org.mpyjvm.tests.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;
import java.util.stream.Stream;
import org.graalvm.polyglot.Engine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.mpyjvm.launcher.Interpreter;

/**
 * The spec-derived scripts of {@code golden/circuitpython} (see its README) on the QT2040 Trinkey, each as code.py on
 * a fresh device with a USB host attached; the generic runner skips them (they print SKIP on the unix board).
 */
class CircuitPythonGoldenTest {
    private static final Path ROOT = Paths.get("src", "test", "resources", "golden", "circuitpython");
    private static Engine engine;

    @BeforeAll
    static void startEngine() {
        engine = Interpreter.newEngine();
    }

    @AfterAll
    static void stopEngine() {
        engine.close();
    }

    @TestFactory
    Stream<DynamicTest> circuitPythonScripts() throws IOException {
        try (Stream<Path> files = Files.list(ROOT)) {
            return files.filter(p -> p.toString().endsWith(".py")).sorted().toList().stream()
                    .map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> runOne(p)));
        }
    }

    private static void runOne(Path script) throws IOException {
        String name = script.getFileName().toString();
        Map<String, String> env = Map.of("board", "circuitpython:adafruit_qt2040_trinkey", "fresh", "true",
                "hints", "false", "quiet", "true", "usb", "on");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Interpreter interpreter = new Interpreter(engine, env, new String[] {name},
                new ByteArrayInputStream(new byte[0]), out, new ByteArrayOutputStream())) {
            interpreter.runMain(Files.readString(script, StandardCharsets.UTF_8), name);
        }
        assertEquals(Files.readString(Paths.get(script + ".exp"), StandardCharsets.UTF_8),
                out.toString(StandardCharsets.UTF_8), name);
    }
}
