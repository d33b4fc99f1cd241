package org.mpyjvm.language.algorithms;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mpyjvm.language.common.GuestError;
import org.mpyjvm.language.common.RecordedLines;
import org.mpyjvm.language.text.PyValues;

/**
 * 274 patterns (250 random ones over the whole re1.5 dialect plus malformed and surprising ones), each
 * with match, search, sub and split results recorded from MicroPython 1.27: 2650 lines.
 */
class RegexTest {
    @Test
    void matchesMicroPython() {
        List<String> failures = RecordedLines.replay(getClass(), "re-wasm.txt", 2650, line -> {
            String kind = line.substring(0, line.indexOf(' '));
            int[] used = new int[1];
            String rest = line.substring(kind.length() + 1);
            byte[] pattern = utf8((String) PyValues.parsePrefix(rest, used));
            rest = rest.substring(used[0] + 1);
            String actual;
            String expected = rest;
            try {
                if (kind.equals("compile")) {
                    Regex.compile(pattern);
                    actual = "compiled";
                } else {
                    byte[] subject = utf8((String) PyValues.parsePrefix(rest, used));
                    expected = rest.substring(used[0] + 1);
                    Regex re = Regex.compile(pattern);
                    switch (kind) {
                        case "match", "search" -> {
                            int[] caps = re.match(subject, 0, kind.equals("match"));
                            if (caps == null) {
                                actual = "None";
                            } else {
                                List<Object> groups = new ArrayList<>();
                                for (int g = 0; g < caps.length / 2; g++) {
                                    groups.add(caps[2 * g] < 0 ? PyValues.NONE
                                            : new String(subject, caps[2 * g], caps[2 * g + 1] - caps[2 * g],
                                            StandardCharsets.UTF_8));
                                }
                                actual = PyValues.repr(groups);
                            }
                        }
                        case "sub" -> actual = PyValues.repr(new String(re.sub(subject,
                                caps -> Regex.expandTemplate(utf8("<\\0>"), subject, caps), 0), StandardCharsets.UTF_8));
                        default -> {
                            List<Object> parts = new ArrayList<>();
                            re.split(subject, 0).forEach(p -> parts.add(new String(p, StandardCharsets.UTF_8)));
                            actual = PyValues.repr(parts);
                        }
                    }
                }
            } catch (GuestError e) {
                actual = "EXC " + e.type() + ": " + e.message();
            }
            return RecordedLines.differs(expected, actual);
        });
        assertEquals(List.of(), failures);
    }

    /** pattern.match/search(s, pos, endpos): 16 results recorded from MicroPython 1.27. */
    @Test
    void posAndEndposMatchMicroPython() {
        List<String> failures = RecordedLines.replay(getClass(), "re-pos-wasm.txt", 16, line -> {
            String kind = line.substring(0, line.indexOf(' '));
            int[] used = new int[1];
            String rest = line.substring(kind.length() + 1);
            Regex re = Regex.compile(utf8((String) PyValues.parsePrefix(rest, used)));
            rest = rest.substring(used[0] + 1);
            byte[] subject = utf8((String) PyValues.parsePrefix(rest, used));
            String[] f = rest.substring(used[0] + 1).split(" ", 3);
            int[] caps = re.match(subject, Integer.parseInt(f[0]), Integer.parseInt(f[1]), kind.equals("match"));
            String actual = caps == null ? "None"
                    : PyValues.repr(new String(subject, caps[0], caps[1] - caps[0], StandardCharsets.UTF_8));
            return RecordedLines.differs(f[2], actual);
        });
        assertEquals(List.of(), failures);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
