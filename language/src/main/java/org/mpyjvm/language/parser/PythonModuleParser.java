package org.mpyjvm.language.parser;

import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.source.Source;
import java.util.HashMap;
import java.util.Map;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.mpyjvm.language.MpyLanguage;
import org.mpyjvm.language.runtime.Signature;

/**
 * Source text to a module's call target: lex and parse with ANTLR (bailing out at the first error, reported the
 * way MicroPython reports it), analyse scopes, build Truffle nodes.
 */
public final class PythonModuleParser {
    private PythonModuleParser() {
    }

    /** Module bodies take no parameters. */
    public static final Signature MODULE_SIGNATURE = new Signature(new String[0], 0, false, new String[0], false);

    /** Parse trees of f-string fields, shared by the scope analysis and the node builder. */
    static final class Session {
        private final Map<String, PythonParser.Eval_inputContext> fields = new HashMap<>();

        PythonParser.Eval_inputContext field(Token token, String expression) {
            String key = token.getTokenIndex() + ":" + token.getStartIndex() + ":" + expression;
            return fields.computeIfAbsent(key, k -> {
                PythonParser p = newParser("(" + expression.strip() + ")", token.getLine());
                return p.eval_input();
            });
        }
    }

    public static RootCallTarget parse(MpyLanguage language, Source source, boolean interactive) {
        PythonParser.File_inputContext tree = parseTree(source.getCharacters().toString());
        Session session = new Session();
        ScopeAnalyzer scopes = new ScopeAnalyzer(session);
        Scope moduleScope = scopes.analyzeModule(tree);
        NodeBuilder builder = new NodeBuilder(language, source, session, scopes, interactive);
        return builder.buildModule(tree, moduleScope);
    }

    /** An expression for {@code eval()}: the call target returns its value. */
    public static RootCallTarget parseEval(MpyLanguage language, Source source) {
        PythonParser.Eval_inputContext tree;
        CharSequence text = source.getCharacters();
        if (text.length() > 0 && (text.charAt(0) == ' ' || text.charAt(0) == '\t')) {
            // py/lexer.c indents eval input like a module: leading blanks on the first line are an indent
            throw new ParseError(true, 1, "unexpected indent");
        }
        try {
            tree = newParser(source.getCharacters().toString(), 1).eval_input();
        } catch (IndentationProblem e) {
            throw new ParseError(true, e.line(), e.getMessage());
        }
        Session session = new Session();
        ScopeAnalyzer scopes = new ScopeAnalyzer(session);
        Scope moduleScope = scopes.analyzeExpression(tree);
        return new NodeBuilder(language, source, session, scopes, false).buildEval(tree, moduleScope);
    }

    /** Parses only, for tests and the REPL's completeness check; throws {@link ParseError}. */
    public static PythonParser.File_inputContext parseTree(String text) {
        try {
            return newParser(text, 1).file_input();
        } catch (IndentationProblem e) {
            throw new ParseError(true, e.line(), e.getMessage());
        }
    }

    static PythonParser newParser(String text, int firstLine) {
        PythonLexer lexer = new PythonLexer(CharStreams.fromString(text));
        lexer.setLine(firstLine);
        lexer.removeErrorListeners();
        lexer.addErrorListener(BailOut.INSTANCE);
        PythonParser parser = new PythonParser(new CommonTokenStream(lexer));
        parser.removeErrorListeners();
        parser.addErrorListener(BailOut.INSTANCE);
        return parser;
    }

    /** Turns the first lexer or parser error into a {@link ParseError}, as SimpleLanguage's parser does. */
    private static final class BailOut extends BaseErrorListener {
        static final BailOut INSTANCE = new BailOut();

        @Override
        public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int line, int column,
                                String msg, RecognitionException e) {
            if (offendingSymbol instanceof Token t) {
                if (t.getType() == PythonParser.INDENT) {
                    throw new ParseError(true, line, "unexpected indent");
                }
                if (t.getType() == PythonParser.DEDENT) {
                    throw new ParseError(true, line, "unindent doesn't match any outer indent level");
                }
                if (msg != null && msg.contains("expecting INDENT")) {
                    throw new ParseError(true, line, "expected an indented block");
                }
            }
            throw ParseError.syntax(line, "invalid syntax");
        }
    }
}
