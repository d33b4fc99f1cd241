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
}
