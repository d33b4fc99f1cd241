package org.mpyjvm.language.parser;

import org.mpyjvm.language.errors.PyException;
import org.mpyjvm.language.runtime.BuiltinTypes;
import org.mpyjvm.language.runtime.PyBaseException;
import org.mpyjvm.language.runtime.PyClass;
import org.mpyjvm.language.runtime.PyTuple;

/** A SyntaxError or IndentationError found while compiling; printed as {@code File "x", line N} then the message. */
public final class ParseError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final boolean indentation;
    private final int line;
    /** The scope being compiled for errors of MicroPython's compile phase (printed "in NAME"); null for parse errors. */
    private final String scopeName;

    public ParseError(boolean indentation, int line, String message) {
        this(indentation, line, message, null);
    }

    private ParseError(boolean indentation, int line, String message, String scopeName) {
        super(message, null, false, false);
        this.indentation = indentation;
        this.line = line;
        this.scopeName = scopeName;
    }

    /** A lexer or parser error: the traceback line has no "in ...". */
    public static ParseError syntax(int line, String message) {
        return new ParseError(false, line, message);
    }

    /** An error MicroPython's compiler reports: its traceback line names the scope being compiled. */
    public static ParseError compile(int line, String message, String scopeName) {
        return new ParseError(false, line, message, scopeName);
    }

    public int line() {
        return line;
    }

    public boolean isIndentation() {
        return indentation;
    }

    public PyException toPythonException(String file) {
        PyClass type = indentation ? BuiltinTypes.INDENTATION_ERROR : BuiltinTypes.SYNTAX_ERROR;
        PyBaseException exc = new PyBaseException(type, PyTuple.of(getMessage()));
        exc.addTraceback(file, line, scopeName);
        return new PyException(exc, null);
    }
}
