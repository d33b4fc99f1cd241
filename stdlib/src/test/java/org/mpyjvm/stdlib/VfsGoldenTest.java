package org.mpyjvm.stdlib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The golden scripts of {@code tests/src/test/resources/golden/vfs} (the lead's runner runs them too), run here with
 * the same environment (board unix, fresh device) so the stdlib's own build checks them.
 */
class VfsGoldenTest {
    private static Path folder() {
        return repoRoot().resolve("tests/src/test/resources/golden/vfs");
    }

    private static Path repoRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (!Files.exists(dir.resolve(".git"))) {
            dir = dir.getParent();
        }
        return dir;
    }

    @TestFactory
    Stream<DynamicTest> goldenVfsScripts() throws IOException {
        List<Path> scripts;
        try (Stream<Path> s = Files.list(folder())) {
            scripts = s.filter(p -> p.toString().endsWith(".py")).sorted().toList();
        }
        assertFalse(scripts.isEmpty());
        return scripts.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
            String name = "vfs/" + p.getFileName();
            PythonRun r = PythonRun.named(name, Files.readString(p), "board=unix", "fresh=true", "quiet=true");
            assertEquals(Files.readString(Path.of(p + ".exp")), r.out(), name + " stderr: " + r.err());
            assertEquals(0, r.status(), name);
        }));
    }
}
