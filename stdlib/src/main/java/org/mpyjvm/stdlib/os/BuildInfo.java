package org.mpyjvm.stdlib.os;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** The build date shown by {@code os.uname().version} (BOARDS.md 7: {@code YYYY-MM-DD}), stamped by Maven. */
public final class BuildInfo {
    private static final String DATE = load();

    private BuildInfo() {
    }

    public static String date() {
        return DATE;
    }

    private static String load() {
        try (InputStream in = BuildInfo.class.getResourceAsStream("build-date.txt")) {
            String d = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
            return d.matches("\\d{4}-\\d{2}-\\d{2}") ? d : "1970-01-01";
        } catch (IOException e) {
            return "1970-01-01";
        }
    }
}
