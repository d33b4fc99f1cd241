package org.mpyjvm.launcher;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A sub-command's own arguments: options (valued ones from {@code valued}, flags from {@code flags}) in any
 * position, and the remaining words in order. Anything else starting with '-' is a usage error naming the
 * command's usage line.
 */
final class CommandArgs {
    final List<String> words = new ArrayList<>();
    private final Map<String, String> values = new LinkedHashMap<>();
    private final String usage;

    private CommandArgs(String usage) {
        this.usage = usage;
    }

    static CommandArgs parse(List<String> args, Set<String> valued, Set<String> flags, String usage)
            throws UsageException {
        CommandArgs parsed = new CommandArgs(usage);
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            String inline = null;
            int eq = a.indexOf('=');
            if (a.startsWith("--") && eq > 0) {
                inline = a.substring(eq + 1);
                a = a.substring(0, eq);
            }
            if (valued.contains(a)) {
                if (inline == null && i + 1 >= args.size()) {
                    throw new UsageException(a + " needs a value; " + usage);
                }
                parsed.values.put(a, inline != null ? inline : args.get(++i));
            } else if (flags.contains(a)) {
                parsed.values.put(a, "");
            } else if (a.startsWith("-") && a.length() > 1 && !a.matches("-\\d.*")) {
                throw new UsageException("unknown option '" + a + "'; " + usage);
            } else {
                parsed.words.add(args.get(i));
            }
        }
        return parsed;
    }

    boolean has(String option) {
        return values.containsKey(option);
    }

    String value(String option) {
        return values.get(option);
    }

    String required(String option) throws UsageException {
        String v = values.get(option);
        if (v == null) {
            throw new UsageException(option + " is required; " + usage);
        }
        return v;
    }

    UsageException misuse(String what) {
        return new UsageException(what + "; " + usage);
    }

    /** Exactly {@code n} words, else a usage error. */
    List<String> exactly(int n) throws UsageException {
        if (words.size() != n) {
            throw misuse(words.size() < n ? "missing argument" : "unexpected argument '" + words.get(n) + "'");
        }
        return words;
    }
}
