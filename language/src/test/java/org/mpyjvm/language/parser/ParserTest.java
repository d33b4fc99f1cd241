package org.mpyjvm.language.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Grammar, indentation filter and REPL continuation rules. */
class ParserTest {
    @Test
    void parsesCompoundStatementsWithBlankAndCommentLines() {
        PythonParser.File_inputContext tree = PythonModuleParser.parseTree(
            "def f(a, *b, c=1, **d):\n\n    # comment\n    return [x for x in b if x]\n\nclass A(B):\n    pass\n");
        assertEquals(2, tree.stmt().size());
    }

    @Test
    void reportsSyntaxErrorLine() {
        ParseError e = assertThrows(ParseError.class, () -> PythonModuleParser.parseTree("x = (1,\n  2 3)\n"));
        assertEquals(2, e.line());
        assertFalse(e.isIndentation());
    }

    @Test
    void reportsBadDedentAsIndentationError() {
        ParseError e = assertThrows(ParseError.class, () -> PythonModuleParser.parseTree("if 1:\n    x=1\n  y=2\n"));
        assertTrue(e.isIndentation());
        assertEquals(2, e.line());
    }

    @Test
    void continuationPrompt() {
        assertTrue(InputCompleteness.needsMoreInput("def f():"));
        assertTrue(InputCompleteness.needsMoreInput("x = (1,"));
        assertTrue(InputCompleteness.needsMoreInput("x = 1 + \\"));
        assertFalse(InputCompleteness.needsMoreInput("x = 1"));
        assertFalse(InputCompleteness.needsMoreInput("def f():\n    pass\n"));
    }

    /** MicroPython's REPL asks for more after a one-line compound statement too (py/repl.c's keyword list). */
    @Test
    void oneLineCompoundStatementsContinueUntilABlankLine() {
        assertTrue(InputCompleteness.needsMoreInput("for i in range(3): i"));
        assertTrue(InputCompleteness.needsMoreInput("if 1: 5"));
        assertTrue(InputCompleteness.needsMoreInput("while x: x -= 1"));
        assertTrue(InputCompleteness.needsMoreInput("try: f()"));
        assertTrue(InputCompleteness.needsMoreInput("@deco"));
        assertFalse(InputCompleteness.needsMoreInput("for i in range(3): i\n"));
        assertFalse(InputCompleteness.needsMoreInput("iffy = 3"));
        assertFalse(InputCompleteness.needsMoreInput("format(1)"));
        assertFalse(InputCompleteness.needsMoreInput("definitely = 1"));
        assertFalse(InputCompleteness.needsMoreInput("x = 1 if y else 2"));
    }
}
