package org.mpyjvm.language.parser;

import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;

/** The REPL's question: does this input need a continuation line ({@code ... } prompt)? */
public final class InputCompleteness {
    private InputCompleteness() {
    }

    /**
     * True for open brackets, a trailing backslash, an unterminated triple-quoted string, or a compound statement
     * (first line ends with ':' or starts with a compound keyword) that has not yet been closed by an empty line.
     */
    public static boolean needsMoreInput(String text) {
        if (text.endsWith("\\")) {
            return true;
        }
        String[] lines = text.split("\n", -1);
        int depth = 0;
        try {
            PythonLexer lexer = new PythonLexer(CharStreams.fromString(text));
            lexer.removeErrorListeners();
            for (Token t = lexer.nextToken(); t.getType() != Token.EOF; t = lexer.nextToken()) {
                if (t.getType() == PythonLexer.UNKNOWN_CHAR && (t.getText().equals("'") || t.getText().equals("\""))) {
                    return countTriple(text) % 2 == 1;
                }
            }
            depth = lexer.bracketDepth();
        } catch (RuntimeException e) {
            return false;
        }
        if (depth > 0 || countTriple(text) % 2 == 1) {
            return true;
        }
        String first = lines[0].strip();
        boolean compound = first.endsWith(":") || startsWithCompoundKeyword(first);
        return compound && !lines[lines.length - 1].isBlank();
    }

    /** The statements that make MicroPython's REPL ask for more (py/repl.c), even as one line: {@code if 1: 5}. */
    private static final String[] COMPOUND_KEYWORDS = {"if", "while", "for", "try", "with", "def", "class", "async"};

    private static boolean startsWithCompoundKeyword(String line) {
        if (line.startsWith("@")) {
            return true;
        }
        for (String keyword : COMPOUND_KEYWORDS) {
            if (line.startsWith(keyword) && (line.length() == keyword.length()
                || !Character.isJavaIdentifierPart(line.charAt(keyword.length())))) {
                return true;
            }
        }
        return false;
    }

    private static int countTriple(String text) {
        int n = 0;
        for (int i = text.indexOf("\"\"\""); i >= 0; i = text.indexOf("\"\"\"", i + 3)) {
            n++;
        }
        for (int i = text.indexOf("'''"); i >= 0; i = text.indexOf("'''", i + 3)) {
            n++;
        }
        return n;
    }
}
