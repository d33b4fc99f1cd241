package org.mpyjvm.stdlib;

import java.nio.file.Files;
import java.nio.file.Path;

/** {@code ../shared} next to the repository root (PREAMBLE: found by walking up to the folder with pom.xml and .git). */
final class SharedFolder {
    private SharedFolder() {
    }

    static Path path() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            if (Files.exists(dir.resolve("pom.xml")) && Files.exists(dir.resolve(".git"))) {
                return dir.resolve("..").resolve("shared").normalize();
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("repository root not found");
    }

    static String example(String name) throws java.io.IOException {
        return Files.readString(path().resolve("examples").resolve(name));
    }
}
