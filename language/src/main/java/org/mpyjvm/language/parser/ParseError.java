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

    public ParseError(boolean indentation, int line, String message) {
        super(message, null, false, false);
        this.indentation = indentation;
        this.line = line;
    }

    public static ParseError syntax(int line, String message) {
        return new ParseError(false, line, message);
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
        exc.addTraceback(file, line, null);
        return new PyException(exc, null);
    }
}
