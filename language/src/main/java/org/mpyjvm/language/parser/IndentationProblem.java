package org.mpyjvm.language.parser;

/** Raised by the lexer when a dedent lands on no enclosing indentation level. */
public final class IndentationProblem extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int line;

    public IndentationProblem(int line, String message) {
        super(message, null, false, false);
        this.line = line;
    }

    public int line() {
        return line;
    }
}
