package org.mpyjvm.language.format;

/** Reads the Python string literals that MicroPython's repr() prints, for expectation files. */
final class PyLiteral {
    private PyLiteral() {
    }

    /** Decodes a quoted repr such as {@code 'a\x05b'} or {@code "it's"}. */
    static String unquote(String lit) {
        char q = lit.charAt(0);
        if ((q != '\'' && q != '"') || lit.charAt(lit.length() - 1) != q) {
            throw new IllegalArgumentException(lit);
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i < lit.length() - 1; i++) {
            char c = lit.charAt(i);
            if (c != '\\') {
                sb.append(c);
                continue;
            }
            char e = lit.charAt(++i);
            switch (e) {
                case 'x' -> {
                    sb.append((char) Integer.parseInt(lit.substring(i + 1, i + 3), 16));
                    i += 2;
                }
                case 'u' -> {
                    sb.append((char) Integer.parseInt(lit.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                case 'n' -> sb.append('\n');
                case 'r' -> sb.append('\r');
                case 't' -> sb.append('\t');
                default -> sb.append(e);
            }
        }
        return sb.toString();
    }

    /** Splits "a b c" where the parts may be quoted literals containing spaces. */
    static java.util.List<String> fields(String line) {
        java.util.List<String> out = new java.util.ArrayList<>();
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == ' ') {
                i++;
                continue;
            }
            int start = i;
            if (c == '\'' || c == '"') {
                i++;
                while (line.charAt(i) != c) {
                    i += line.charAt(i) == '\\' ? 2 : 1;
                }
                i++;
            } else if (c == '(' || c == '{' || c == '[') {
                int depth = 0;
                do {
                    char d = line.charAt(i);
                    if (d == '(' || d == '{' || d == '[') {
                        depth++;
                    } else if (d == ')' || d == '}' || d == ']') {
                        depth--;
                    } else if (d == '\'' || d == '"') {
                        i++;
                        while (line.charAt(i) != d) {
                            i += line.charAt(i) == '\\' ? 2 : 1;
                        }
                    }
                    i++;
                } while (depth > 0);
            } else {
                while (i < line.length() && line.charAt(i) != ' ') {
                    i++;
                }
            }
            out.add(line.substring(start, i));
        }
        return out;
    }
}
