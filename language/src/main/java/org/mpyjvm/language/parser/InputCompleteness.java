package org.mpyjvm.language.parser;

import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;

/** The REPL's question: does this input need a continuation line ({@code ... } prompt)? */
public final class InputCompleteness {
    private InputCompleteness() {
    }

    /**
     * True for open brackets, a trailing backslash, an unterminated triple-quoted string, or a compound statement
     * (first line ends with ':') that has not yet been closed by an empty line.
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
        boolean compound = first.endsWith(":") || first.startsWith("@");
        return compound && !lines[lines.length - 1].isBlank();
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
