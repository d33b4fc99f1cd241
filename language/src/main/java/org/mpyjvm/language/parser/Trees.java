package org.mpyjvm.language.parser;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/** Shape questions about parse trees shared by the scope analysis and the node builder. */
final class Trees {
    private Trees() {
    }

    /** Skips the single-child layers of the expression grammar (test -> or_test -> ... -> atom). */
    static ParseTree unwrap(ParseTree t) {
        while (true) {
            if (t instanceof PythonParser.Atom_exprContext a && a.trailer().isEmpty() && a.AWAIT() == null) {
                t = a.atom();
                continue;
            }
            if (t instanceof PythonParser.ParenAtomContext p && p.testlist_comp() != null
                && p.testlist_comp().comp_for() == null && p.testlist_comp().getChildCount() == 1) {
                t = p.testlist_comp().getChild(0);
                continue;
            }
            if (t instanceof ParserRuleContext c && c.getChildCount() == 1 && c.getChild(0) instanceof ParserRuleContext
                && isPassThrough(c)) {
                t = c.getChild(0);
                continue;
            }
            return t;
        }
    }

    private static boolean isPassThrough(ParserRuleContext c) {
        return c instanceof PythonParser.Namedexpr_testContext || c instanceof PythonParser.TestContext
            || c instanceof PythonParser.Test_nocondContext || c instanceof PythonParser.Or_testContext
            || c instanceof PythonParser.And_testContext || c instanceof PythonParser.Not_testContext
            || c instanceof PythonParser.ComparisonContext || c instanceof PythonParser.ExprContext
            || c instanceof PythonParser.Xor_exprContext || c instanceof PythonParser.And_exprContext
            || c instanceof PythonParser.Shift_exprContext || c instanceof PythonParser.Arith_exprContext
            || c instanceof PythonParser.TermContext || c instanceof PythonParser.FactorContext
            || c instanceof PythonParser.PowerContext || c instanceof PythonParser.TestlistContext
            || c instanceof PythonParser.Testlist_star_exprContext || c instanceof PythonParser.ExprlistContext
            || c instanceof PythonParser.Testlist_compContext;
    }

    /** A comma-separated list that forms a tuple (testlist, exprlist, ... with a comma). */
    static boolean isTupleList(ParseTree t) {
        return (t instanceof PythonParser.TestlistContext || t instanceof PythonParser.Testlist_star_exprContext
            || t instanceof PythonParser.ExprlistContext || t instanceof PythonParser.Testlist_compContext)
            && t.getChildCount() > 1;
    }

    /** The element trees of a list/tuple display or comma list. */
    static List<ParseTree> items(ParseTree t) {
        ParseTree list = t;
        if (t instanceof PythonParser.ParenAtomContext p) {
            list = p.testlist_comp();
        } else if (t instanceof PythonParser.ListAtomContext l) {
            list = l.testlist_comp();
        }
        List<ParseTree> out = new ArrayList<>();
        if (list == null) {
            return out;
        }
        for (int i = 0; i < list.getChildCount(); i++) {
            if (!(list.getChild(i) instanceof TerminalNode)) {
                out.add(list.getChild(i));
            }
        }
        return out;
    }
}
