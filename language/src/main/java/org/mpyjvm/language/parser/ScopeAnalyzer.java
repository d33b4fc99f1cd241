package org.mpyjvm.language.parser;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * First pass over the parse tree: which names each scope binds, declares and reads; then which variables are
 * cells (captured by an inner function) and which are free. Scopes are keyed by the parse-tree node that opens
 * them (funcdef, lambdef, classdef, the first comp_for of a comprehension).
 */
final class ScopeAnalyzer extends PythonBaseVisitor<Void> {
    private final PythonModuleParser.Session session;
    private final Map<ParserRuleContext, Scope> scopes = new IdentityHashMap<>();
    private final List<Scope> all = new ArrayList<>();
    private final ArrayDeque<Scope> stack = new ArrayDeque<>();

    ScopeAnalyzer(PythonModuleParser.Session session) {
        this.session = session;
    }

    Scope scopeOf(ParserRuleContext ctx) {
        return scopes.get(ctx);
    }

    Scope analyzeModule(PythonParser.File_inputContext tree) {
        return analyze(tree);
    }

    private Scope analyze(ParserRuleContext tree) {
        Scope module = push(Scope.Kind.MODULE, tree, "<module>");
        visitChildren(tree);
        stack.pop();
        for (Scope s : all) {
            for (String n : new ArrayList<>(s.referenced)) {
                resolve(s, n);
            }
            for (String n : s.declaredNonlocal) {
                if (!resolveFree(s, n)) {
                    throw ParseError.compile(s.nonlocalLines.getOrDefault(n, 1), "no binding for nonlocal found",
                        s.name);
                }
            }
        }
        return module;
    }

    /** The scopes of an {@code eval()} expression: a module scope plus any lambdas/comprehensions inside. */
    Scope analyzeExpression(PythonParser.Eval_inputContext tree) {
        return analyze(tree);
    }

    private Scope push(Scope.Kind kind, ParserRuleContext ctx, String name) {
        Scope s = new Scope(kind, stack.peek(), name);
        scopes.put(ctx, s);
        all.add(s);
        stack.push(s);
        return s;
    }

    private Scope current() {
        return stack.peek();
    }

    private void resolve(Scope s, String n) {
        if (s.kind == Scope.Kind.MODULE || s.declaredGlobal.contains(n)) {
            return;
        }
        if (s.kind == Scope.Kind.FUNCTION && s.binds(n)) {
            return;
        }
        if (s.kind == Scope.Kind.CLASS && s.assigned.contains(n)) {
            return;
        }
        resolveFree(s, n);
    }

    /** Marks {@code n} a cell where it is bound and free in every scope between; false when it is global. */
    private boolean resolveFree(Scope s, String n) {
        List<Scope> path = new ArrayList<>();
        path.add(s);
        for (Scope p = s.parent; p != null && p.kind != Scope.Kind.MODULE; p = p.parent) {
            if (p.kind == Scope.Kind.CLASS && n.equals("__class__")) {
                p.cells.add(n);
                addFree(path, n);
                return true;
            }
            if (p.kind == Scope.Kind.FUNCTION && p.binds(n)) {
                p.cells.add(n);
                addFree(path, n);
                return true;
            }
            if (p.declaredGlobal.contains(n)) {
                return false;
            }
            path.add(p);
        }
        return false;
    }

    private static void addFree(List<Scope> path, String n) {
        for (Scope q : path) {
            if (!q.freeVars.contains(n)) {
                q.freeVars.add(n);
            }
        }
    }

    // ------------------------------------------------------------------ scopes

    @Override
    public Void visitFuncdef(PythonParser.FuncdefContext ctx) {
        current().assigned.add(ctx.NAME().getText());
        if (ctx.parameters() != null) {
            visitParameterDefaults(ctx.parameters());
        }
        if (ctx.test() != null) {
            visit(ctx.test());
        }
        Scope s = push(Scope.Kind.FUNCTION, ctx, ctx.NAME().getText());
        if (ctx.getParent() instanceof PythonParser.Async_stmtContext
            || ctx.getParent() instanceof PythonParser.DecoratedContext d && d.ASYNC() != null) {
            // as in MicroPython, an async def makes a generator (its coroutine), with or without a yield
            s.generator = true;
            s.coroutine = true;
        }
        if (ctx.parameters() != null) {
            for (PythonParser.ParameterContext p : ctx.parameters().parameter()) {
                addParameterName(s, p);
            }
        }
        visit(ctx.suite());
        stack.pop();
        return null;
    }

    private void visitParameterDefaults(PythonParser.ParametersContext params) {
        for (PythonParser.ParameterContext p : params.parameter()) {
            if (p instanceof PythonParser.PlainParamContext plain) {
                for (PythonParser.TestContext t : plain.test()) {
                    visit(t);
                }
            }
        }
    }

    private static void addParameterName(Scope s, ParseTree p) {
        if (p instanceof PythonParser.PlainParamContext c) {
            s.parameters.add(c.NAME().getText());
        } else if (p instanceof PythonParser.StarParamContext c && c.NAME() != null) {
            s.parameters.add(c.NAME().getText());
        } else if (p instanceof PythonParser.KwargsParamContext c) {
            s.parameters.add(c.NAME().getText());
        } else if (p instanceof PythonParser.PlainLambdaParamContext c) {
            s.parameters.add(c.NAME().getText());
        } else if (p instanceof PythonParser.StarLambdaParamContext c && c.NAME() != null) {
            s.parameters.add(c.NAME().getText());
        } else if (p instanceof PythonParser.KwargsLambdaParamContext c) {
            s.parameters.add(c.NAME().getText());
        }
    }

    @Override
    public Void visitLambdef(PythonParser.LambdefContext ctx) {
        lambda(ctx, ctx.lambda_params(), ctx.test());
        return null;
    }

    @Override
    public Void visitLambdef_nocond(PythonParser.Lambdef_nocondContext ctx) {
        lambda(ctx, ctx.lambda_params(), ctx.test_nocond());
        return null;
    }

    private void lambda(ParserRuleContext ctx, PythonParser.Lambda_paramsContext params, ParseTree body) {
        if (params != null) {
            for (PythonParser.Lambda_paramContext p : params.lambda_param()) {
                if (p instanceof PythonParser.PlainLambdaParamContext plain && plain.test() != null) {
                    visit(plain.test());
                }
            }
        }
        Scope s = push(Scope.Kind.FUNCTION, ctx, "<lambda>");
        if (params != null) {
            for (PythonParser.Lambda_paramContext p : params.lambda_param()) {
                addParameterName(s, p);
            }
        }
        visit(body);
        stack.pop();
    }

    @Override
    public Void visitClassdef(PythonParser.ClassdefContext ctx) {
        current().assigned.add(ctx.NAME().getText());
        if (ctx.arglist() != null) {
            visit(ctx.arglist());
        }
        push(Scope.Kind.CLASS, ctx, ctx.NAME().getText());
        visit(ctx.suite());
        stack.pop();
        return null;
    }

    /** A comprehension: the first iterable belongs to the enclosing scope, everything else to its own. */
    void comprehension(String name, ParseTree element, ParseTree secondElement, PythonParser.Comp_forContext first) {
        visit(first.or_test());
        Scope s = push(Scope.Kind.FUNCTION, first, name);
        s.comprehension = true;
        s.parameters.add(".0");
        target(first.exprlist());
        if (first.comp_iter() != null) {
            visit(first.comp_iter());
        }
        visit(element);
        if (secondElement != null) {
            visit(secondElement);
        }
        stack.pop();
    }

    @Override
    public Void visitComp_for(PythonParser.Comp_forContext ctx) {
        // a nested for clause of a comprehension (the first one is handled by comprehension())
        target(ctx.exprlist());
        visit(ctx.or_test());
        if (ctx.comp_iter() != null) {
            visit(ctx.comp_iter());
        }
        return null;
    }

    @Override
    public Void visitTestlist_comp(PythonParser.Testlist_compContext ctx) {
        if (ctx.comp_for() != null) {
            String name = ctx.getParent() instanceof PythonParser.ListAtomContext ? "<listcomp>" : "<genexpr>";
            comprehension(name, ctx.getChild(0), null, ctx.comp_for());
            return null;
        }
        return visitChildren(ctx);
    }

    @Override
    public Void visitDictorsetmaker(PythonParser.DictorsetmakerContext ctx) {
        if (ctx.comp_for() != null) {
            if (!ctx.dict_item().isEmpty()) {
                PythonParser.Dict_itemContext item = ctx.dict_item(0);
                comprehension("<dictcomp>", item.test(0), item.test(1), ctx.comp_for());
            } else {
                comprehension("<setcomp>", ctx.getChild(0), null, ctx.comp_for());
            }
            return null;
        }
        return visitChildren(ctx);
    }

    @Override
    public Void visitPositionalArgument(PythonParser.PositionalArgumentContext ctx) {
        if (ctx.comp_for() != null) {
            comprehension("<genexpr>", ctx.test(), null, ctx.comp_for());
            return null;
        }
        return visitChildren(ctx);
    }

    // ------------------------------------------------------------------ bindings

    private void target(ParseTree t) {
        ParseTree u = Trees.unwrap(t);
        if (u instanceof PythonParser.NameAtomContext n) {
            bind(n.NAME().getText());
        } else if (u instanceof PythonParser.Star_exprContext s) {
            target(s.expr());
        } else if (u instanceof PythonParser.ParenAtomContext || u instanceof PythonParser.ListAtomContext
            || Trees.isTupleList(u)) {
            for (ParseTree item : Trees.items(u)) {
                target(item);
            }
        } else {
            visit(u);
        }
    }

    private void bind(String name) {
        current().assigned.add(name);
    }

    @Override
    public Void visitAssignOrExpr(PythonParser.AssignOrExprContext ctx) {
        int n = ctx.getChildCount();
        for (int i = 0; i < n; i++) {
            ParseTree c = ctx.getChild(i);
            if (c instanceof TerminalNode) {
                continue;
            }
            if (i < n - 1) {
                target(c);
            } else {
                visit(c);
            }
        }
        return null;
    }

    @Override
    public Void visitAugAssign(PythonParser.AugAssignContext ctx) {
        target(ctx.testlist_star_expr());
        visit(ctx.getChild(2));
        return null;
    }

    @Override
    public Void visitAnnAssign(PythonParser.AnnAssignContext ctx) {
        target(ctx.testlist_star_expr(0));
        visit(ctx.test());
        if (ctx.yield_expr() != null) {
            visit(ctx.yield_expr());
        } else if (ctx.testlist_star_expr().size() > 1) {
            visit(ctx.testlist_star_expr(1));
        }
        return null;
    }

    @Override
    public Void visitFor_stmt(PythonParser.For_stmtContext ctx) {
        target(ctx.exprlist());
        visit(ctx.testlist());
        for (PythonParser.SuiteContext s : ctx.suite()) {
            visit(s);
        }
        return null;
    }

    @Override
    public Void visitWith_item(PythonParser.With_itemContext ctx) {
        visit(ctx.test());
        if (ctx.expr() != null) {
            target(ctx.expr());
        }
        return null;
    }

    @Override
    public Void visitExcept_clause(PythonParser.Except_clauseContext ctx) {
        if (ctx.NAME() != null) {
            bind(ctx.NAME().getText());
        }
        return visitChildren(ctx);
    }

    @Override
    public Void visitDel_stmt(PythonParser.Del_stmtContext ctx) {
        target(ctx.exprlist());
        return null;
    }

    @Override
    public Void visitImport_name(PythonParser.Import_nameContext ctx) {
        for (PythonParser.Dotted_as_nameContext d : ctx.dotted_as_name()) {
            bind(d.NAME() != null ? d.NAME().getText() : d.dotted_name().NAME(0).getText());
        }
        return null;
    }

    @Override
    public Void visitImport_from(PythonParser.Import_fromContext ctx) {
        if (ctx.import_as_names() != null) {
            for (PythonParser.Import_as_nameContext n : ctx.import_as_names().import_as_name()) {
                bind(n.NAME(n.NAME().size() - 1).getText());
            }
        }
        return null;
    }

    @Override
    public Void visitGlobal_stmt(PythonParser.Global_stmtContext ctx) {
        for (TerminalNode n : ctx.NAME()) {
            current().declaredGlobal.add(n.getText());
        }
        return null;
    }

    @Override
    public Void visitNonlocal_stmt(PythonParser.Nonlocal_stmtContext ctx) {
        for (TerminalNode n : ctx.NAME()) {
            current().declaredNonlocal.add(n.getText());
            current().nonlocalLines.putIfAbsent(n.getText(), n.getSymbol().getLine());
        }
        return null;
    }

    @Override
    public Void visitNamedexpr_test(PythonParser.Namedexpr_testContext ctx) {
        if (ctx.WALRUS() != null) {
            walrusTarget(ctx.test(0));
            visit(ctx.test(1));
            return null;
        }
        return visitChildren(ctx);
    }

    @Override
    public Void visitWalrusArgument(PythonParser.WalrusArgumentContext ctx) {
        walrusTarget(ctx.test(0));
        visit(ctx.test(1));
        return null;
    }

    /** A walrus inside a comprehension binds in the enclosing function, as in Python. */
    private void walrusTarget(ParseTree t) {
        ParseTree u = Trees.unwrap(t);
        if (!(u instanceof PythonParser.NameAtomContext n)) {
            throw ParseError.syntax(((ParserRuleContext) t).getStart().getLine(), "invalid syntax");
        }
        Scope s = current();
        while (s.comprehension && s.parent != null) {
            s.referenced.add(n.NAME().getText());
            s = s.parent;
        }
        s.assigned.add(n.NAME().getText());
    }

    @Override
    public Void visitAtom_expr(PythonParser.Atom_exprContext ctx) {
        if (ctx.AWAIT() != null && current().kind == Scope.Kind.FUNCTION) {
            // MicroPython accepts await in any function and makes it a generator, like yield from
            current().generator = true;
        }
        return visitChildren(ctx);
    }

    @Override
    public Void visitYield_expr(PythonParser.Yield_exprContext ctx) {
        current().generator = true;
        return visitChildren(ctx);
    }

    // ------------------------------------------------------------------ reads

    @Override
    public Void visitNameAtom(PythonParser.NameAtomContext ctx) {
        String name = ctx.NAME().getText();
        current().referenced.add(name);
        if (name.equals("super") && current().kind == Scope.Kind.FUNCTION) {
            current().usesSuper = true;
            current().referenced.add("__class__");
            if (!current().parameters.isEmpty()) {
                current().referenced.add(current().parameters.get(0));
            }
        }
        return null;
    }

    @Override
    public Void visitStringAtom(PythonParser.StringAtomContext ctx) {
        for (TerminalNode t : ctx.STRING()) {
            StringLiterals.Literal lit = StringLiterals.split(t.getText());
            if (lit.formatted()) {
                visitFormatted(t.getSymbol(), lit.body());
            }
        }
        return null;
    }

    private void visitFormatted(Token token, String body) {
        for (StringLiterals.Piece p : StringLiterals.splitFormatted(body, token.getLine())) {
            if (p.isField()) {
                visit(session.field(token, p.expression()));
                if (p.spec() != null) {
                    visitFormatted(token, p.spec());
                }
            }
        }
    }
}
