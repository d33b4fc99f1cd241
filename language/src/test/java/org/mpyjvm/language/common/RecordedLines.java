package org.mpyjvm.language.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Replays a file of results recorded from the real MicroPython, one case a line, kept as a test
 * resource beside the test class.
 */
public final class RecordedLines {
    private RecordedLines() {
    }

    /**
     * Runs {@code mismatch} on every line of {@code resource} (it returns null when our result agrees,
     * else what we got), checks the file still has {@code expectedLines} lines, and returns the
     * disagreements as "line => got ...".
     */
    public static List<String> replay(Class<?> owner, String resource, int expectedLines,
                                      Function<String, String> mismatch) {
        List<String> failures = new ArrayList<>();
        int n = 0;
        try (InputStream in = owner.getResourceAsStream(resource);
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = reader.readLine()) != null; n++) {
                String got = mismatch.apply(line);
                if (got != null) {
                    failures.add(line + " => got " + got);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertEquals(expectedLines, n, resource + " line count");
        return failures;
    }

    /** The result text, or "EXC Type: message" as the recording scripts print a raised exception. */
    public static String outcome(Supplier<String> run) {
        try {
            return run.get();
        } catch (GuestError e) {
            return "EXC " + e.type() + ": " + (e.message() == null ? "" : e.message());
        }
    }

    /** null when {@code expected} equals {@code actual}, else {@code actual}: the mismatch convention. */
    public static String differs(String expected, String actual) {
        return expected.equals(actual) ? null : actual;
    }
}
