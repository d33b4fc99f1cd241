package org.mpyjvm.launcher;

import java.util.Locale;

/** Sizes and addresses as users type them: {@code 65536}, {@code 0x80000}, {@code 64K}, {@code 2M}, {@code 1G}. */
final class ByteSize {
    private ByteSize() {
    }

    /** Parses {@code text} for {@code option}; a mistake is a usage error naming the option. */
    static long parse(String text, String option) throws UsageException {
        String t = text.strip().toUpperCase(Locale.ROOT);
        long unit = 1;
        if (t.endsWith("KIB") || t.endsWith("MIB") || t.endsWith("GIB")) {
            t = t.substring(0, t.length() - 2);
        }
        if (!t.startsWith("0X") && !t.isEmpty()) {
            switch (t.charAt(t.length() - 1)) {
                case 'K' -> unit = 1L << 10;
                case 'M' -> unit = 1L << 20;
                case 'G' -> unit = 1L << 30;
                default -> unit = 1;
            }
            if (unit != 1) {
                t = t.substring(0, t.length() - 1);
            }
        }
        try {
            long n = t.startsWith("0X") ? Long.parseLong(t.substring(2), 16) : Long.parseLong(t);
            if (n < 0) {
                throw new NumberFormatException();
            }
            return Math.multiplyExact(n, unit);
        } catch (NumberFormatException | ArithmeticException e) {
            throw new UsageException(option + " takes a size or address like 4096, 0x80000, 64K or 2M, not '"
                    + text + "'");
        }
    }

    /** An int-sized value (block sizes). */
    static int parseInt(String text, String option) throws UsageException {
        long n = parse(text, option);
        if (n > Integer.MAX_VALUE) {
            throw new UsageException(option + " is too large: " + text);
        }
        return (int) n;
    }
}
