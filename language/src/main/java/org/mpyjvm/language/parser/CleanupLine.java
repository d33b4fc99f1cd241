package org.mpyjvm.language.parser;

import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;

/**
 * The line MicroPython attributes to code its compiler emits after a block, such as a with-statement's call of
 * {@code __exit__}. Its bytecode line table only ever advances, to the first line of each compound parse node
 * compiled, so the cleanup code after a body carries the greatest such line inside the body. A compound parse node
 * is approximated by a rule with at least two children (single-child rules collapse in MicroPython's parser);
 * bodies of nested functions, classes and lambdas are separate code objects and do not count.
 */
final class CleanupLine {
    private CleanupLine() {
    }

    static int of(ParserRuleContext body) {
        return Math.max(body.getStart().getLine(), greatest(body));
    }

    private static int greatest(ParserRuleContext ctx) {
        int line = ctx.getChildCount() > 1 ? ctx.getStart().getLine() : 0;
        if (ctx instanceof PythonParser.LambdefContext || ctx instanceof PythonParser.Lambdef_nocondContext) {
            return line;
        }
        boolean separateCode = ctx instanceof PythonParser.FuncdefContext || ctx instanceof PythonParser.ClassdefContext;
        for (int i = 0; i < ctx.getChildCount(); i++) {
            ParseTree child = ctx.getChild(i);
            if (separateCode && child instanceof PythonParser.SuiteContext) {
                continue;
            }
            if (child instanceof ParserRuleContext rule) {
                line = Math.max(line, greatest(rule));
            }
        }
        return line;
    }
}
