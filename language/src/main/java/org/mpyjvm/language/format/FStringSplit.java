package org.mpyjvm.language.format;

import java.util.ArrayList;
import java.util.List;
import org.mpyjvm.language.common.GuestError;

/**
 * How MicroPython's lexer (py/lexer.c) turns an f-string into a str.format call: {@code f'a{x:>{w}}'}
 * becomes {@code 'a{:>{}}'.format((x), (w))}. Each expression's source text is cut out, its field left
 * empty, and the expression is later compiled inside parentheses — so {@code f'{}'} is {@code ()} and
 * {@code f'{s,}'} is a tuple, exactly as MicroPython prints them.
 *
 * <p>The rules, recorded from MicroPython 1.27: an expression ends at ':' or '}', at '!' not followed by
 * '=', or at '=' followed by ':', '}' or '!'; only [] and {} nest (so {@code f'{s[0:1]}'} works but the
 * colon of {@code f'{(lambda: 5)()}'} ends the expression and the result does not compile); quotes are
 * not tracked. A trailing '=' (self-documenting field) puts the expression text and '=' before the field
 * and keeps str() as the conversion ({@code f'{s=}'} is {@code s=hi}, unlike CPython's repr). After '!'
 * only r or s may follow, then ':' or '}'. Nested fields in a spec are split the same way. A lone '}' is
 * passed on, so str.format reports it at run time. Escapes are left alone: the caller decodes the
 * format string like any string literal.
 */
public final class FStringSplit {
    /** The format string and the argument expressions, in order. */
    public record Parts(String format, List<String> arguments) {
    }

    private final String body;
    private final StringBuilder format = new StringBuilder();
    private final List<String> arguments = new ArrayList<>();
    private int pos;

    private FStringSplit(String body) {
        this.body = body;
    }

    /** Splits the raw source text between an f-string's quotes; SyntaxError "invalid syntax" when malformed. */
    public static Parts split(String body) {
        FStringSplit s = new FStringSplit(body);
        s.literal(false);
        return new Parts(s.format.toString(), List.copyOf(s.arguments));
    }

    /** Copies text until the end (or, inside a spec, until the field's closing '}'), splitting fields. */
    private void literal(boolean inSpec) {
        while (pos < body.length()) {
            char c = body.charAt(pos);
            if (c == '{' || c == '}') {
                if (pos + 1 < body.length() && body.charAt(pos + 1) == c) {
                    format.append(c).append(c);
                    pos += 2;
                    continue;
                }
                if (c == '}') {
                    if (inSpec) {
                        return;
                    }
                    format.append(c);
                    pos++;
                    continue;
                }
                field();
                continue;
            }
            if (c == '\\' && pos + 1 < body.length()) {
                format.append(c);
                pos++;
                c = body.charAt(pos);
            }
            format.append(c);
            pos++;
        }
        if (inSpec) {
            throw syntaxError();
        }
    }

    /** A replacement field starting at '{'. */
    private void field() {
        int start = ++pos;
        int depth = 0;
        while (pos < body.length()) {
            char c = body.charAt(pos);
            if (depth == 0 && endsExpression(c)) {
                break;
            }
            if (c == '[' || c == '{') {
                depth++;
            } else if (c == ']' || c == '}') {
                depth--;
            }
            pos++;
        }
        if (pos >= body.length()) {
            throw syntaxError();
        }
        String expression = body.substring(start, pos);
        if (body.charAt(pos) == '=') {
            format.append(body, start, pos + 1);
            pos++;
        }
        arguments.add(expression);
        format.append('{');
        if (body.charAt(pos) == '!') {
            char conv = pos + 1 < body.length() ? body.charAt(pos + 1) : 0;
            char after = pos + 2 < body.length() ? body.charAt(pos + 2) : 0;
            if ((conv != 'r' && conv != 's') || (after != ':' && after != '}')) {
                throw syntaxError();
            }
            format.append('!').append(conv);
            pos += 2;
        }
        if (body.charAt(pos) == ':') {
            format.append(':');
            pos++;
            literal(true);
        }
        if (pos >= body.length() || body.charAt(pos) != '}') {
            throw syntaxError();
        }
        format.append('}');
        pos++;
    }

    private boolean endsExpression(char c) {
        char next = pos + 1 < body.length() ? body.charAt(pos + 1) : 0;
        return c == ':' || c == '}' || (c == '!' && next != '=') || (c == '=' && (next == ':' || next == '}' || next == '!'));
    }

    private static GuestError syntaxError() {
        return new GuestError("SyntaxError", "invalid syntax");
    }
}
