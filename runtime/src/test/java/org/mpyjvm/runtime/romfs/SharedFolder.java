package org.mpyjvm.runtime.romfs;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/** Finds {@code ../shared} next to the repository root (the folder holding {@code pom.xml} and {@code .git}). */
final class SharedFolder {
    private SharedFolder() {
    }

    static Path path() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            if (Files.exists(dir.resolve("pom.xml")) && Files.exists(dir.resolve(".git"))) {
                return dir.resolveSibling("shared");
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("repository root not found above " + Path.of("").toAbsolutePath());
    }

    static Path fixture(String name) {
        return path().resolve("fixtures").resolve(name);
    }

    static byte[] gunzip(Path file) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return in.readAllBytes();
        }
    }
}
