package org.mpyjvm.runtime.littlefs;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/** Finds ../shared/fixtures relative to the repository root and loads gzip-compressed images. */
final class Fixtures {
    private Fixtures() {
    }

    static Path dir() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null) {
            if (Files.exists(p.resolve("pom.xml")) && Files.exists(p.resolve(".git"))) {
                return p.resolve("../shared/fixtures").normalize();
            }
            p = p.getParent();
        }
        throw new IllegalStateException("repository root not found");
    }

    static byte[] load(String name) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(dir().resolve(name)))) {
            return in.readAllBytes();
        }
    }
}
