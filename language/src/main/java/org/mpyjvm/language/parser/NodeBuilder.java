package org.mpyjvm.language.parser;

import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.FrameSlotKind;
import com.oracle.truffle.api.source.Source;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.mpyjvm.language.MpyLanguage;
import org.mpyjvm.language.nodes.FrameSetupNode;
import org.mpyjvm.language.nodes.CallerFrame;
import org.mpyjvm.language.nodes.PyExpressionNode;
import org.mpyjvm.language.nodes.PyRootNode;
import org.mpyjvm.language.nodes.PyStatementNode;
import org.mpyjvm.language.nodes.PyWriteNode;
import org.mpyjvm.language.nodes.call.CallNode;
import org.mpyjvm.language.nodes.call.ClassCellReturnNode;
import org.mpyjvm.language.nodes.call.MakeClassNode;
import org.mpyjvm.language.nodes.call.MakeFunctionNode;
import org.mpyjvm.language.nodes.call.MethodCallNode;
import org.mpyjvm.language.nodes.call.SuperNode;
import org.mpyjvm.language.nodes.controlflow.BlockNode;
import org.mpyjvm.language.nodes.controlflow.ForNode;
import org.mpyjvm.language.nodes.controlflow.IfNode;
import org.mpyjvm.language.nodes.controlflow.JumpNode;
import org.mpyjvm.language.nodes.controlflow.RaiseNode;
import org.mpyjvm.language.nodes.controlflow.ReturnNode;
import org.mpyjvm.language.nodes.controlflow.TryExceptNode;
import org.mpyjvm.language.nodes.controlflow.TryFinallyNode;
import org.mpyjvm.language.nodes.controlflow.WhileNode;
import org.mpyjvm.language.nodes.controlflow.WithNode;
import org.mpyjvm.language.nodes.expression.AddNodeGen;
import org.mpyjvm.language.nodes.expression.AssignExpressionNode;
import org.mpyjvm.language.nodes.expression.BinaryOpNode;
import org.mpyjvm.language.nodes.expression.ChainedComparisonNode;
import org.mpyjvm.language.nodes.expression.ComparisonNode;
import org.mpyjvm.language.nodes.expression.ConditionalNode;
import org.mpyjvm.language.nodes.expression.EqualNodeGen;
import org.mpyjvm.language.nodes.expression.GetAttributeNode;
import org.mpyjvm.language.nodes.expression.GetItemNode;
import org.mpyjvm.language.nodes.expression.GreaterEqualNodeGen;
import org.mpyjvm.language.nodes.expression.GreaterThanNodeGen;
import org.mpyjvm.language.nodes.expression.LessEqualNodeGen;
import org.mpyjvm.language.nodes.expression.LessThanNodeGen;
import org.mpyjvm.language.nodes.expression.LogicalNode;
import org.mpyjvm.language.nodes.expression.MulNodeGen;
import org.mpyjvm.language.nodes.expression.NotEqualNodeGen;
import org.mpyjvm.language.nodes.expression.SliceNode;
import org.mpyjvm.language.nodes.expression.SubNodeGen;
import org.mpyjvm.language.nodes.expression.UnaryNode;
import org.mpyjvm.language.nodes.generator.AwaitableNode;
import org.mpyjvm.language.nodes.generator.ComprehensionNode;
import org.mpyjvm.language.nodes.generator.GeneratorBodyRootNode;
import org.mpyjvm.language.nodes.generator.GeneratorFunctionRootNode;
import org.mpyjvm.language.nodes.literal.ConstantNode;
import org.mpyjvm.language.nodes.literal.DictDisplayNode;
import org.mpyjvm.language.nodes.literal.FormatFieldNode;
import org.mpyjvm.language.nodes.literal.FormattedStringNode;
import org.mpyjvm.language.nodes.literal.SequenceDisplayNode;
import org.mpyjvm.language.nodes.local.ReadCellNode;
import org.mpyjvm.language.nodes.local.ReadClassNameNode;
import org.mpyjvm.language.nodes.local.ReadGlobalNode;
import org.mpyjvm.language.nodes.local.ReadLocalNode;
import org.mpyjvm.language.nodes.local.SetAttributeTarget;
import org.mpyjvm.language.nodes.local.SetItemTarget;
import org.mpyjvm.language.nodes.local.UnpackTarget;
import org.mpyjvm.language.nodes.local.WriteCellNode;
import org.mpyjvm.language.nodes.local.WriteClassNameNode;
import org.mpyjvm.language.nodes.local.WriteGlobalNode;
import org.mpyjvm.language.nodes.local.WriteLocalNode;
import org.mpyjvm.language.nodes.statement.AssertNode;
import org.mpyjvm.language.nodes.statement.AssignNode;
import org.mpyjvm.language.nodes.statement.AugAssignNode;
import org.mpyjvm.language.nodes.statement.DeleteNode;
import org.mpyjvm.language.nodes.statement.ImportFromNode;
import org.mpyjvm.language.nodes.statement.ImportNode;
import org.mpyjvm.language.nodes.statement.PrintResultNode;
import org.mpyjvm.language.runtime.Arithmetic;
import org.mpyjvm.language.runtime.BuiltinTypes;
import org.mpyjvm.language.runtime.PyBytes;
import org.mpyjvm.language.runtime.PyNone;
import org.mpyjvm.language.runtime.Signature;

/**
 * Second pass: parse tree to Truffle nodes, one method per construct. Names become local/cell/global/class-body
 * accesses as {@link ScopeAnalyzer} decided; functions, lambdas, comprehensions and class bodies become their own
 * {@link PyRootNode}s.
 */
final class NodeBuilder {
    private final MpyLanguage language;
    private final Source source;
    private final PythonModuleParser.Session session;
    private final ScopeAnalyzer scopes;
    private final boolean interactive;
    private Scope scope;
    /** Non-null while building a generator body: makes the statements that contain a yield resumable. */
    private GeneratorLowering lowering;
    /** Nodes built from f-string fields have no position in the Source. */
    private int subParseDepth;
    /**
     * While the fields of an f-string are built: the fields of f-strings nested in them, as (token, expression).
     * MicroPython's lexer rewrites an f-string into {@code 'template'.format(args)}; for an f-string nested in a
     * field it emits only the template, and its argument list lands after the outer f-string, as a call of the
     * outer result. We reproduce that: the nested fields are built in the outer scope and the outer string is called
     * with them (so such code fails as it does on MicroPython, with a NameError or "'str' object isn't callable").
     */
    private List<Object[]> nestedFields;

    NodeBuilder(MpyLanguage language, Source source, PythonModuleParser.Session session, ScopeAnalyzer scopes,
                boolean interactive) {
        this.language = language;
        this.source = source;
        this.session = session;
        this.scopes = scopes;
        this.interactive = interactive;
    }

    RootCallTarget buildModule(PythonParser.File_inputContext tree, Scope moduleScope) {
        scope = moduleScope;
        List<PyStatementNode> body = new ArrayList<>();
        for (PythonParser.StmtContext s : tree.stmt()) {
            statement(s, body, interactive);
        }
        BlockNode block = new BlockNode(body.toArray(new PyStatementNode[0]));
        PyRootNode root = new PyRootNode(language, descriptorOf(moduleScope), block, "<module>",
            source.getName(), 0, new int[0], new boolean[0], source.createSection(0, source.getLength()));
        return root.getCallTarget();
    }

    /** {@code eval()}: the expression's value is the module body's return value. */
    RootCallTarget buildEval(PythonParser.Eval_inputContext tree, Scope moduleScope) {
        scope = moduleScope;
        PyStatementNode body = at(new ReturnNode(expression(tree.testlist())), tree);
        BlockNode block = new BlockNode(new PyStatementNode[]{body});
        PyRootNode root = new PyRootNode(language, descriptorOf(moduleScope), block, "<module>",
            source.getName(), 0, new int[0], new boolean[0], source.createSection(0, source.getLength()));
        return root.getCallTarget();
    }

    private <T extends PyStatementNode> T at(T node, ParserRuleContext ctx) {
        if (subParseDepth == 0 && ctx.getStop() != null) {
            int start = ctx.getStart().getStartIndex();
            int stop = Math.max(start, ctx.getStop().getStopIndex());
            if (start >= 0 && stop < source.getLength()) {
                node.setSource(start, stop - start + 1, ctx.getStart().getLine());
                return node;
            }
        }
        node.setSource(-1, 0, ctx.getStart().getLine());
        return node;
    }

    private static ParseError error(ParserRuleContext ctx, String message) {
        return ParseError.syntax(ctx.getStart().getLine(), message);
    }

    /** An error of MicroPython's compile phase (not its parser): reported "in" the scope being compiled. */
    private ParseError compileError(ParserRuleContext ctx, String message) {
        return ParseError.compile(ctx.getStart().getLine(), message, scope.name);
    }

    // ================================================================== statements

    private void statement(PythonParser.StmtContext s, List<PyStatementNode> out, boolean printResults) {
        if (s.simple_stmts() != null) {
            for (PythonParser.Simple_stmtContext simple : s.simple_stmts().simple_stmt()) {
                PyStatementNode node = simpleStatement(simple, printResults);
                node.markStatement();
                out.add(node);
            }
        } else {
            PyStatementNode node = compound(s.compound_stmt());
            node.markStatement();
            out.add(node);
        }
    }

    private PyStatementNode suite(PythonParser.SuiteContext ctx) {
        List<PyStatementNode> out = new ArrayList<>();
        if (ctx.simple_stmts() != null) {
            for (PythonParser.Simple_stmtContext simple : ctx.simple_stmts().simple_stmt()) {
                PyStatementNode node = simpleStatement(simple, echoesExpressions());
                node.markStatement();
                out.add(node);
            }
        } else {
            for (PythonParser.StmtContext s : ctx.stmt()) {
                statement(s, out, echoesExpressions());
            }
        }
        return at(block(out.toArray(new PyStatementNode[0])), ctx);
    }

    /**
     * MicroPython's "single" (REPL) mode prints the value of every expression statement of the module scope, also
     * inside compound statements ({@code for i in range(3): i}), but not in function or class bodies.
     */
    private boolean echoesExpressions() {
        return interactive && scope.kind == Scope.Kind.MODULE;
    }

    private PyStatementNode block(PyStatementNode[] statements) {
        return lowering != null ? lowering.block(statements) : new BlockNode(statements);
    }

    /** Four consecutive frame slots for a for loop's state (see {@link ForNode}). */
    static int loopStateSlots(Scope scope) {
        int first = scope.slot(".for" + scope.slots.size());
        for (int i = 1; i < 4; i++) {
            scope.slot(".for" + scope.slots.size());
        }
        return first;
    }

    private PyStatementNode ifNode(PyExpressionNode condition, PyStatementNode then, PyStatementNode otherwise) {
        return lowering != null ? lowering.ifElse(condition, then, otherwise) : new IfNode(condition, then, otherwise);
    }

    private PyStatementNode forNode(PyWriteNode target, PyExpressionNode iterable, PyStatementNode body,
                                    PyStatementNode orelse) {
        return lowering != null ? lowering.forLoop(target, iterable, body, orelse)
            : new ForNode(target, iterable, body, orelse, loopStateSlots(scope));
    }

    private PyStatementNode simpleStatement(PythonParser.Simple_stmtContext ctx, boolean printResults) {
        ParseTree c = ctx.getChild(0);
        PyStatementNode node;
        if (c instanceof PythonParser.AssignOrExprContext a) {
            node = assignOrExpr(a, printResults);
        } else if (c instanceof PythonParser.AugAssignContext a) {
            node = augAssign(a);
        } else if (c instanceof PythonParser.AnnAssignContext a) {
            if (a.testlist_star_expr().size() > 1 || a.yield_expr() != null) {
                PyExpressionNode value = a.yield_expr() != null ? expression(a.yield_expr())
                    : expression(a.testlist_star_expr(1));
                node = new AssignNode(new PyWriteNode[]{target(a.testlist_star_expr(0))}, value);
            } else {
                node = new JumpNode(JumpNode.Kind.PASS);
            }
        } else if (c instanceof PythonParser.Del_stmtContext d) {
            List<PyWriteNode> targets = new ArrayList<>();
            ParseTree u = Trees.unwrap(d.exprlist());
            if (Trees.isTupleList(u)) {
                for (ParseTree item : Trees.items(u)) {
                    targets.add(target(item));
                }
            } else {
                targets.add(target(u));
            }
            node = new DeleteNode(targets.toArray(new PyWriteNode[0]));
        } else if (c instanceof PythonParser.Pass_stmtContext) {
            node = new JumpNode(JumpNode.Kind.PASS);
        } else if (c instanceof PythonParser.Break_stmtContext) {
            node = new JumpNode(JumpNode.Kind.BREAK);
        } else if (c instanceof PythonParser.Continue_stmtContext) {
            node = new JumpNode(JumpNode.Kind.CONTINUE);
        } else if (c instanceof PythonParser.Return_stmtContext r) {
            if (scope.kind != Scope.Kind.FUNCTION) {
                throw compileError(r, "'return' outside function");
            }
            node = new ReturnNode(r.testlist_star_expr() == null ? null : expression(r.testlist_star_expr()));
        } else if (c instanceof PythonParser.Raise_stmtContext r) {
            node = new RaiseNode(r.test().isEmpty() ? null : expression(r.test(0)),
                r.test().size() > 1 ? expression(r.test(1)) : null);
        } else if (c instanceof PythonParser.Yield_stmtContext y) {
            node = expression(y.yield_expr());
        } else if (c instanceof PythonParser.Import_nameContext i) {
            node = importName(i);
        } else if (c instanceof PythonParser.Import_fromContext i) {
            node = importFrom(i);
        } else if (c instanceof PythonParser.Global_stmtContext || c instanceof PythonParser.Nonlocal_stmtContext) {
            node = new JumpNode(JumpNode.Kind.PASS);
        } else if (c instanceof PythonParser.Assert_stmtContext a) {
            node = new AssertNode(expression(a.test(0)), a.test().size() > 1 ? expression(a.test(1)) : null);
        } else {
            throw error(ctx, "invalid syntax");
        }
        return at(node, ctx);
    }

    private PyStatementNode assignOrExpr(PythonParser.AssignOrExprContext ctx, boolean printResults) {
        List<ParseTree> parts = new ArrayList<>();
        for (int i = 0; i < ctx.getChildCount(); i++) {
            if (!(ctx.getChild(i) instanceof TerminalNode)) {
                parts.add(ctx.getChild(i));
            }
        }
        PyExpressionNode value = expression(parts.get(parts.size() - 1));
        if (parts.size() == 1) {
            return printResults ? new PrintResultNode(value) : value;
        }
        PyWriteNode[] targets = new PyWriteNode[parts.size() - 1];
        for (int i = 0; i < targets.length; i++) {
            targets[i] = target(parts.get(i));
        }
        return new AssignNode(targets, value);
    }

    private static Arithmetic.Op augOp(String text) {
        return binaryOp(text.substring(0, text.length() - 1));
    }

    private static Arithmetic.Op binaryOp(String symbol) {
        return switch (symbol) {
            case "+" -> Arithmetic.Op.ADD;
            case "-" -> Arithmetic.Op.SUB;
            case "*" -> Arithmetic.Op.MUL;
            case "/" -> Arithmetic.Op.TRUEDIV;
            case "//" -> Arithmetic.Op.FLOORDIV;
            case "%" -> Arithmetic.Op.MOD;
            case "**" -> Arithmetic.Op.POW;
            case "<<" -> Arithmetic.Op.LSHIFT;
            case ">>" -> Arithmetic.Op.RSHIFT;
            case "&" -> Arithmetic.Op.AND;
            case "|" -> Arithmetic.Op.OR;
            case "^" -> Arithmetic.Op.XOR;
            case "@" -> Arithmetic.Op.MATMUL;
            default -> throw new IllegalArgumentException(symbol);
        };
    }

    private PyStatementNode augAssign(PythonParser.AugAssignContext ctx) {
        Arithmetic.Op op = augOp(ctx.augassign().getText());
        PyExpressionNode value = expression(ctx.getChild(2));
        ParseTree t = Trees.unwrap(ctx.testlist_star_expr());
        if (t instanceof PythonParser.NameAtomContext n) {
            String name = n.NAME().getText();
            return AugAssignNode.name(op, readName(name), writeName(name), value);
        }
        if (t instanceof PythonParser.Atom_exprContext a && !a.trailer().isEmpty()) {
            PythonParser.TrailerContext last = a.trailer(a.trailer().size() - 1);
            PyExpressionNode object = atomWithTrailers(a, a.trailer().size() - 1);
            if (last instanceof PythonParser.AttributeTrailerContext attr) {
                return AugAssignNode.attribute(op, object, attr.NAME().getText(), value);
            }
            if (last instanceof PythonParser.SubscriptTrailerContext sub) {
                return AugAssignNode.subscript(op, object, subscript(sub.subscriptlist()), value);
            }
        }
        throw error(ctx, "invalid syntax");
    }

    private PyStatementNode importName(PythonParser.Import_nameContext ctx) {
        List<PyStatementNode> parts = new ArrayList<>();
        for (PythonParser.Dotted_as_nameContext d : ctx.dotted_as_name()) {
            String module = d.dotted_name().getText();
            boolean hasAs = d.NAME() != null;
            String bound = hasAs ? d.NAME().getText() : d.dotted_name().NAME(0).getText();
            parts.add(at(new ImportNode(module, hasAs, writeName(bound)), d));
        }
        return parts.size() == 1 ? parts.get(0) : new BlockNode(parts.toArray(new PyStatementNode[0]));
    }

    private PyStatementNode importFrom(PythonParser.Import_fromContext ctx) {
        int level = 0;
        for (int i = 0; i < ctx.import_dots().getChildCount(); i++) {
            level += ctx.import_dots().getChild(i).getText().length();
        }
        String module = ctx.dotted_name() == null ? "" : ctx.dotted_name().getText();
        if (ctx.STAR() != null) {
            return new ImportFromNode(module, level, null, new PyWriteNode[0]);
        }
        List<PythonParser.Import_as_nameContext> names = ctx.import_as_names().import_as_name();
        String[] imported = new String[names.size()];
        PyWriteNode[] targets = new PyWriteNode[names.size()];
        for (int i = 0; i < names.size(); i++) {
            imported[i] = names.get(i).NAME(0).getText();
            targets[i] = writeName(names.get(i).NAME(names.get(i).NAME().size() - 1).getText());
        }
        return new ImportFromNode(module, level, imported, targets);
    }

    private PyStatementNode compound(PythonParser.Compound_stmtContext ctx) {
        ParseTree c = ctx.getChild(0);
        boolean async = false;
        if (c instanceof PythonParser.Async_stmtContext a) {
            c = a.getChild(1);
            async = !(c instanceof PythonParser.FuncdefContext);
            if (async && (!scope.coroutine || lowering == null)) {
                throw compileError(a, "async for/with outside async function");
            }
        }
        PyStatementNode node;
        if (c instanceof PythonParser.If_stmtContext i) {
            node = ifStatement(i, 0);
        } else if (c instanceof PythonParser.While_stmtContext w) {
            PyExpressionNode condition = expression(w.namedexpr_test());
            PyStatementNode body = suite(w.suite(0));
            PyStatementNode orelse = w.suite().size() > 1 ? suite(w.suite(1)) : null;
            node = lowering != null ? lowering.whileLoop(condition, body, orelse)
                : new WhileNode(condition, body, orelse);
        } else if (c instanceof PythonParser.For_stmtContext f && async) {
            node = lowering.asyncFor(target(f.exprlist()), expression(f.testlist()), suite(f.suite(0)),
                f.suite().size() > 1 ? suite(f.suite(1)) : null);
        } else if (c instanceof PythonParser.For_stmtContext f) {
            node = forNode(target(f.exprlist()), expression(f.testlist()), suite(f.suite(0)),
                f.suite().size() > 1 ? suite(f.suite(1)) : null);
        } else if (c instanceof PythonParser.Try_stmtContext t) {
            node = tryStatement(t);
        } else if (c instanceof PythonParser.With_stmtContext w) {
            node = withStatement(w, 0, async);
        } else if (c instanceof PythonParser.FuncdefContext f) {
            node = new AssignNode(new PyWriteNode[]{writeName(f.NAME().getText())}, functionDef(f));
        } else if (c instanceof PythonParser.ClassdefContext k) {
            node = new AssignNode(new PyWriteNode[]{writeName(k.NAME().getText())}, classDef(k));
        } else if (c instanceof PythonParser.DecoratedContext d) {
            node = decorated(d);
        } else {
            throw error(ctx, "invalid syntax");
        }
        return at(node, (ParserRuleContext) c);
    }

    private PyStatementNode ifStatement(PythonParser.If_stmtContext ctx, int index) {
        PyExpressionNode condition = expression(ctx.namedexpr_test(index));
        PyStatementNode then = suite(ctx.suite(index));
        PyStatementNode otherwise = null;
        int conditions = ctx.namedexpr_test().size();
        if (index + 1 < conditions) {
            otherwise = ifStatement(ctx, index + 1);
            otherwise.setSource(-1, 0, ctx.namedexpr_test(index + 1).getStart().getLine());
        } else if (ctx.suite().size() > conditions) {
            otherwise = suite(ctx.suite(conditions));
        }
        return ifNode(condition, then, otherwise);
    }

    private PyStatementNode tryStatement(PythonParser.Try_stmtContext ctx) {
        PyStatementNode body = suite(ctx.suite(0));
        List<PythonParser.Except_clauseContext> clauses = ctx.except_clause();
        int next = 1;
        PyStatementNode result = body;
        if (!clauses.isEmpty()) {
            PyExpressionNode[] types = new PyExpressionNode[clauses.size()];
            PyWriteNode[] names = new PyWriteNode[clauses.size()];
            PyStatementNode[] handlers = new PyStatementNode[clauses.size()];
            for (int i = 0; i < clauses.size(); i++) {
                PythonParser.Except_clauseContext cl = clauses.get(i);
                if (cl.test() == null && i != clauses.size() - 1) {
                    throw compileError(cl, "default 'except' must be last");
                }
                types[i] = cl.test() == null ? null : at(expression(cl.test()), cl.test());
                names[i] = cl.NAME() == null ? null : writeName(cl.NAME().getText());
                handlers[i] = suite(cl.suite());
            }
            PyStatementNode orelse = null;
            if (ctx.ELSE() != null) {
                orelse = suite(ctx.suite(next++));
            }
            result = at(lowering != null ? lowering.tryExcept(body, types, names, handlers, orelse)
                : new TryExceptNode(body, types, names, handlers, orelse), ctx);
        }
        if (ctx.FINALLY() != null) {
            PyStatementNode finalBody = suite(ctx.suite(ctx.suite().size() - 1));
            result = lowering != null ? lowering.tryFinally(result, finalBody) : new TryFinallyNode(result, finalBody);
        }
        return result;
    }

    private PyStatementNode withStatement(PythonParser.With_stmtContext ctx, int index, boolean async) {
        PythonParser.With_itemContext item = ctx.with_item(index);
        PyStatementNode body = index + 1 < ctx.with_item().size() ? at(withStatement(ctx, index + 1, async), ctx)
            : suite(ctx.suite());
        PyExpressionNode manager = expression(item.test());
        PyWriteNode target = item.expr() == null ? null : target(item.expr());
        int exitLine = CleanupLine.of(ctx.suite());
        if (async) {
            return lowering.asyncWith(manager, target, body);
        }
        return lowering != null ? lowering.with(manager, target, body, exitLine)
            : new WithNode(manager, target, body, exitLine);
    }

    private PyStatementNode decorated(PythonParser.DecoratedContext ctx) {
        PyExpressionNode value;
        String name;
        if (ctx.classdef() != null) {
            value = classDef(ctx.classdef());
            name = ctx.classdef().NAME().getText();
        } else {
            value = functionDef(ctx.funcdef());
            name = ctx.funcdef().NAME().getText();
        }
        List<PythonParser.DecoratorContext> decorators = ctx.decorator();
        for (int i = decorators.size() - 1; i >= 0; i--) {
            PyExpressionNode decorator = expression(decorators.get(i).namedexpr_test());
            value = at(new CallNode(decorator, new PyExpressionNode[]{value},
                new CallNode.ArgKind[]{CallNode.ArgKind.POSITIONAL}, new String[1]), decorators.get(i));
        }
        return new AssignNode(new PyWriteNode[]{writeName(name)}, value);
    }

    // ================================================================== functions and classes

    /** Parameter lists of def and lambda, in one shape. */
    private record Param(String name, ParseTree defaultValue, int kind) {
        static final int PLAIN = 0;
        static final int STAR = 1;
        static final int DOUBLE_STAR = 2;
        static final int SLASH = 3;
    }

    private List<Param> params(PythonParser.ParametersContext ctx) {
        List<Param> out = new ArrayList<>();
        if (ctx == null) {
            return out;
        }
        for (PythonParser.ParameterContext p : ctx.parameter()) {
            if (p instanceof PythonParser.PlainParamContext c) {
                PythonParser.TestContext d = c.ASSIGN() == null ? null : c.test(c.test().size() - 1);
                out.add(new Param(c.NAME().getText(), d, Param.PLAIN));
            } else if (p instanceof PythonParser.StarParamContext c) {
                out.add(new Param(c.NAME() == null ? null : c.NAME().getText(), null, Param.STAR));
            } else if (p instanceof PythonParser.KwargsParamContext c) {
                out.add(new Param(c.NAME().getText(), null, Param.DOUBLE_STAR));
            } else {
                out.add(new Param(null, null, Param.SLASH));
            }
        }
        return out;
    }

    private List<Param> lambdaParams(PythonParser.Lambda_paramsContext ctx) {
        List<Param> out = new ArrayList<>();
        if (ctx == null) {
            return out;
        }
        for (PythonParser.Lambda_paramContext p : ctx.lambda_param()) {
            if (p instanceof PythonParser.PlainLambdaParamContext c) {
                out.add(new Param(c.NAME().getText(), c.test(), Param.PLAIN));
            } else if (p instanceof PythonParser.StarLambdaParamContext c) {
                out.add(new Param(c.NAME() == null ? null : c.NAME().getText(), null, Param.STAR));
            } else if (p instanceof PythonParser.KwargsLambdaParamContext c) {
                out.add(new Param(c.NAME().getText(), null, Param.DOUBLE_STAR));
            } else {
                out.add(new Param(null, null, Param.SLASH));
            }
        }
        return out;
    }

    private PyExpressionNode functionDef(PythonParser.FuncdefContext ctx) {
        return makeFunction(ctx, ctx.NAME().getText(), params(ctx.parameters()), ctx.suite(), null);
    }

    private PyExpressionNode makeFunction(ParserRuleContext ctx, String name, List<Param> params,
                                          PythonParser.SuiteContext body, ParseTree lambdaBody) {
        List<String> positional = new ArrayList<>();
        List<String> keywordOnly = new ArrayList<>();
        List<PyExpressionNode> defaults = new ArrayList<>();
        List<String> kwDefaultNames = new ArrayList<>();
        List<PyExpressionNode> kwDefaults = new ArrayList<>();
        boolean varArgs = false;
        boolean varKw = false;
        boolean afterStar = false;
        int positionalOnly = 0;
        String varArgsName = null;
        String varKwName = null;
        for (Param p : params) {
            switch (p.kind()) {
                case Param.SLASH -> positionalOnly = positional.size();
                case Param.STAR -> {
                    afterStar = true;
                    if (p.name() != null) {
                        varArgs = true;
                        varArgsName = p.name();
                    }
                }
                case Param.DOUBLE_STAR -> {
                    varKw = true;
                    varKwName = p.name();
                }
                default -> {
                    if (afterStar) {
                        keywordOnly.add(p.name());
                        if (p.defaultValue() != null) {
                            kwDefaultNames.add(p.name());
                            kwDefaults.add(expression(p.defaultValue()));
                        }
                    } else {
                        positional.add(p.name());
                        if (p.defaultValue() != null) {
                            defaults.add(expression(p.defaultValue()));
                        } else if (!defaults.isEmpty()) {
                            throw compileError(ctx, "non-default argument follows default argument");
                        }
                    }
                }
            }
        }
        Signature signature = new Signature(positional.toArray(new String[0]), positionalOnly, varArgs,
            keywordOnly.toArray(new String[0]), varKw);
        List<String> order = new ArrayList<>(positional);
        if (varArgs) {
            order.add(varArgsName);
        }
        order.addAll(keywordOnly);
        if (varKw) {
            order.add(varKwName);
        }
        Scope inner = scopes.scopeOf(ctx);
        RootCallTarget target = buildFunctionBody(inner, name, order, ctx, body, lambdaBody);
        int[] closure = closureOf(inner);
        return at(new MakeFunctionNode(name, target, signature, defaults.toArray(new PyExpressionNode[0]),
            kwDefaultNames.toArray(new String[0]), kwDefaults.toArray(new PyExpressionNode[0]), closure,
            inner.generator), ctx);
    }

    /** Where the enclosing scope finds each free variable of {@code inner}. */
    private int[] closureOf(Scope inner) {
        int[] closure = new int[inner.freeVars.size()];
        for (int i = 0; i < closure.length; i++) {
            closure[i] = scope.cellReference(inner.freeVars.get(i));
        }
        return closure;
    }

    private RootCallTarget buildFunctionBody(Scope inner, String name, List<String> parameterOrder,
                                             ParserRuleContext ctx, PythonParser.SuiteContext body,
                                             ParseTree lambdaBody) {
        Scope outer = scope;
        GeneratorLowering outerLowering = lowering;
        scope = inner;
        try {
            for (String p : parameterOrder) {
                inner.slot(p);
            }
            for (String n : inner.assigned) {
                if (inner.binds(n)) {
                    inner.slot(n);
                }
            }
            for (String c : inner.cells) {
                inner.slot(c);
            }
            lowering = inner.generator ? new GeneratorLowering(inner) : null;
            PyStatementNode bodyNode;
            if (lambdaBody != null) {
                PyExpressionNode value = expression(lambdaBody);
                bodyNode = inner.generator ? value : at(new ReturnNode(value), (ParserRuleContext) lambdaBody);
                bodyNode = block(new PyStatementNode[]{bodyNode});
            } else {
                bodyNode = suite(body);
            }
            return finishRoot(inner, name, parameterOrder.size(), bodyNode, ctx);
        } finally {
            scope = outer;
            lowering = outerLowering;
        }
    }

    private RootCallTarget finishRoot(Scope inner, String name, int parameterCount, PyStatementNode body,
                                      ParserRuleContext ctx) {
        if (inner.generator) {
            lowering.saveOperands(body);
        }
        FrameDescriptor descriptor = descriptorOf(inner);
        int[] cellSlots = new int[inner.cells.size()];
        boolean[] cellIsParam = new boolean[cellSlots.length];
        int i = 0;
        for (String c : inner.cells) {
            cellSlots[i] = inner.slot(c);
            cellIsParam[i] = cellSlots[i] < parameterCount;
            i++;
        }
        int start = ctx.getStart().getStartIndex();
        int stop = ctx.getStop() == null ? start : ctx.getStop().getStopIndex();
        com.oracle.truffle.api.source.SourceSection section = subParseDepth == 0 && stop < source.getLength()
            ? source.createSection(start, Math.max(0, stop - start + 1)) : source.createUnavailableSection();
        if (inner.generator) {
            RootCallTarget bodyTarget = new GeneratorBodyRootNode(language, body, name, source.getName(), section)
                .getCallTarget();
            return new GeneratorFunctionRootNode(language, descriptor,
                new FrameSetupNode(parameterCount, cellSlots, cellIsParam), name, source.getName(), bodyTarget, lowering.slots(),
                section).getCallTarget();
        }
        PyRootNode root = new PyRootNode(language, descriptor, body, name, source.getName(), parameterCount,
            cellSlots, cellIsParam, section);
        return root.getCallTarget();
    }

    private static FrameDescriptor descriptorOf(Scope scope) {
        FrameDescriptor.Builder fd = FrameDescriptor.newBuilder();
        for (String slotName : scope.slots.keySet()) {
            fd.addSlot(FrameSlotKind.Object, slotName, null);
        }
        return fd.build();
    }

    private PyExpressionNode classDef(PythonParser.ClassdefContext ctx) {
        Scope inner = scopes.scopeOf(ctx);
        List<PyExpressionNode> bases = new ArrayList<>();
        if (ctx.arglist() != null) {
            for (PythonParser.ArgumentContext a : ctx.arglist().argument()) {
                if (a instanceof PythonParser.PositionalArgumentContext p) {
                    bases.add(expression(p.test()));
                }
            }
        }
        Scope outer = scope;
        GeneratorLowering outerLowering = lowering;
        scope = inner;
        lowering = null;
        RootCallTarget target;
        try {
            inner.slot(CallerFrame.CLASS_NAMESPACE_SLOT);
            for (String c : inner.cells) {
                inner.slot(c);
            }
            PyStatementNode body = suite(ctx.suite());
            if (inner.cells.contains("__class__")) {
                body = new BlockNode(new PyStatementNode[]{body, new ClassCellReturnNode(inner.slot("__class__"))});
            }
            target = finishRoot(inner, ctx.NAME().getText(), 1, body, ctx);
        } finally {
            scope = outer;
            lowering = outerLowering;
        }
        MakeFunctionNode bodyFunction = new MakeFunctionNode(ctx.NAME().getText(), target,
            new Signature(new String[]{CallerFrame.CLASS_NAMESPACE_SLOT}, 0, false, new String[0], false), new PyExpressionNode[0],
            new String[0], new PyExpressionNode[0], closureOf(inner), false);
        return at(new MakeClassNode(ctx.NAME().getText(), bodyFunction, bases.toArray(new PyExpressionNode[0])), ctx);
    }

    // ================================================================== names and targets

    private PyExpressionNode readName(String name) {
        return switch (scope.where(name)) {
            case LOCAL -> new ReadLocalNode(scope.slot(name));
            case CELL, FREE -> new ReadCellNode(scope.cellReference(name), name);
            case CLASS_NAME -> new ReadClassNameNode(name);
            default -> new ReadGlobalNode(name);
        };
    }

    private PyWriteNode writeName(String name) {
        return switch (scope.where(name)) {
            case LOCAL -> new WriteLocalNode(scope.slot(name));
            case CELL, FREE -> new WriteCellNode(scope.cellReference(name));
            case CLASS_NAME -> new WriteClassNameNode(name);
            default -> new WriteGlobalNode(name);
        };
    }

    private PyWriteNode target(ParseTree t) {
        ParseTree u = Trees.unwrap(t);
        if (u instanceof PythonParser.NameAtomContext n) {
            return writeName(n.NAME().getText());
        }
        if (u instanceof PythonParser.Atom_exprContext a && !a.trailer().isEmpty()) {
            PythonParser.TrailerContext last = a.trailer(a.trailer().size() - 1);
            PyExpressionNode object = atomWithTrailers(a, a.trailer().size() - 1);
            if (last instanceof PythonParser.AttributeTrailerContext attr) {
                return new SetAttributeTarget(object, attr.NAME().getText());
            }
            if (last instanceof PythonParser.SubscriptTrailerContext sub) {
                return new SetItemTarget(object, subscript(sub.subscriptlist()));
            }
        }
        if (u instanceof PythonParser.ParenAtomContext || u instanceof PythonParser.ListAtomContext
            || Trees.isTupleList(u)) {
            List<ParseTree> items = Trees.items(u);
            PyWriteNode[] targets = new PyWriteNode[items.size()];
            int star = -1;
            for (int i = 0; i < items.size(); i++) {
                ParseTree item = Trees.unwrap(items.get(i));
                if (item instanceof PythonParser.Star_exprContext s) {
                    if (star >= 0) {
                        throw compileError((ParserRuleContext) item, "multiple *x in assignment");
                    }
                    star = i;
                    targets[i] = target(s.expr());
                } else {
                    targets[i] = target(item);
                }
            }
            return new UnpackTarget(targets, star);
        }
        int line = t instanceof ParserRuleContext c ? c.getStart().getLine() : 1;
        throw ParseError.compile(line, "can't assign to expression", scope.name);
    }

    // ================================================================== expressions

    PyExpressionNode expression(ParseTree t) {
        ParseTree u = Trees.unwrap(t);
        PyExpressionNode node = expressionUnwrapped(u);
        if (u instanceof ParserRuleContext c) {
            at(node, c);
        }
        return node;
    }

    private PyExpressionNode expressionUnwrapped(ParseTree u) {
        if (u instanceof PythonParser.TestContext c) {
            if (c.lambdef() != null) {
                return expression(c.lambdef());
            }
            return new ConditionalNode(expression(c.or_test(1)), expression(c.or_test(0)), expression(c.test()));
        }
        if (u instanceof PythonParser.LambdefContext c) {
            return makeFunction(c, "<lambda>", lambdaParams(c.lambda_params()), null, c.test());
        }
        if (u instanceof PythonParser.Lambdef_nocondContext c) {
            return makeFunction(c, "<lambda>", lambdaParams(c.lambda_params()), null, c.test_nocond());
        }
        if (u instanceof PythonParser.Namedexpr_testContext c) {
            ParseTree name = Trees.unwrap(c.test(0));
            if (!(name instanceof PythonParser.NameAtomContext n)) {
                throw error(c, "invalid syntax");
            }
            return new AssignExpressionNode(walrusTarget(n.NAME().getText()), expression(c.test(1)));
        }
        if (u instanceof PythonParser.Or_testContext || u instanceof PythonParser.And_testContext) {
            ParserRuleContext c = (ParserRuleContext) u;
            boolean isAnd = u instanceof PythonParser.And_testContext;
            PyExpressionNode result = expression(c.getChild(0));
            for (int i = 2; i < c.getChildCount(); i += 2) {
                result = new LogicalNode(isAnd, result, expression(c.getChild(i)));
            }
            return result;
        }
        if (u instanceof PythonParser.Not_testContext c) {
            return new UnaryNode(UnaryNode.Kind.NOT, expression(c.not_test()));
        }
        if (u instanceof PythonParser.ComparisonContext c) {
            return comparison(c);
        }
        if (u instanceof PythonParser.ExprContext || u instanceof PythonParser.Xor_exprContext
            || u instanceof PythonParser.And_exprContext || u instanceof PythonParser.Shift_exprContext
            || u instanceof PythonParser.Arith_exprContext || u instanceof PythonParser.TermContext) {
            ParserRuleContext c = (ParserRuleContext) u;
            PyExpressionNode result = expression(c.getChild(0));
            for (int i = 1; i < c.getChildCount(); i += 2) {
                result = binary(c.getChild(i).getText(), result, expression(c.getChild(i + 1)));
                result.setSource(-1, 0, c.getStart().getLine());
            }
            return result;
        }
        if (u instanceof PythonParser.FactorContext c) {
            String op = c.getChild(0).getText();
            PyExpressionNode operand = expression(c.factor());
            if (op.equals("-") && operand instanceof ConstantNode k) {
                Object v = k.execute(null);
                if (v instanceof Long l && l != Long.MIN_VALUE) {
                    return new ConstantNode(-l);
                }
                if (v instanceof Double d) {
                    return new ConstantNode(-d);
                }
            }
            return new UnaryNode(op.equals("-") ? UnaryNode.Kind.NEG : op.equals("+") ? UnaryNode.Kind.POS
                : UnaryNode.Kind.INVERT, operand);
        }
        if (u instanceof PythonParser.PowerContext c) {
            return new BinaryOpNode(Arithmetic.Op.POW, expression(c.atom_expr()), expression(c.factor()));
        }
        if (u instanceof PythonParser.Atom_exprContext c) {
            if (c.AWAIT() != null) {
                if (scope.kind != Scope.Kind.FUNCTION || lowering == null) {
                    throw compileError(c, "'await' outside function");
                }
                return lowering.yieldFrom(new AwaitableNode(atomWithTrailers(c, c.trailer().size())));
            }
            return atomWithTrailers(c, c.trailer().size());
        }
        if (u instanceof PythonParser.Star_exprContext c) {
            throw compileError(c, "can't use starred expression here");
        }
        if (u instanceof PythonParser.Yield_exprContext c) {
            return yieldExpression(c);
        }
        if (Trees.isTupleList(u)) {
            return display(SequenceDisplayNode.Kind.TUPLE, Trees.items(u));
        }
        if (u instanceof PythonParser.AtomContext c) {
            return atom(c);
        }
        if (u instanceof PythonParser.Eval_inputContext c) {
            return expression(c.testlist());
        }
        throw ParseError.syntax(u instanceof ParserRuleContext c ? c.getStart().getLine() : 1, "invalid syntax");
    }

    private PyWriteNode walrusTarget(String name) {
        Scope s = scope;
        Scope owner = s;
        while (owner.comprehension && owner.parent != null) {
            owner = owner.parent;
        }
        if (s.comprehension && owner.kind == Scope.Kind.MODULE) {
            return new WriteGlobalNode(name);
        }
        if (s.comprehension) {
            // bound in the enclosing function: reached through the comprehension's closure
            return new WriteCellNode(s.cellReference(name));
        }
        return writeName(name);
    }

    private PyExpressionNode binary(String op, PyExpressionNode a, PyExpressionNode b) {
        return switch (op) {
            case "+" -> AddNodeGen.create(a, b);
            case "-" -> SubNodeGen.create(a, b);
            case "*" -> MulNodeGen.create(a, b);
            default -> new BinaryOpNode(binaryOp(op), a, b);
        };
    }

    private PyExpressionNode comparison(PythonParser.ComparisonContext c) {
        List<PythonParser.ExprContext> operands = c.expr();
        List<PythonParser.Comp_opContext> ops = c.comp_op();
        if (ops.size() == 1) {
            PyExpressionNode a = expression(operands.get(0));
            PyExpressionNode b = expression(operands.get(1));
            String op = opText(ops.get(0));
            return switch (op) {
                case "<" -> LessThanNodeGen.create(a, b);
                case "<=" -> LessEqualNodeGen.create(a, b);
                case ">" -> GreaterThanNodeGen.create(a, b);
                case ">=" -> GreaterEqualNodeGen.create(a, b);
                case "==" -> EqualNodeGen.create(a, b);
                case "!=" -> NotEqualNodeGen.create(a, b);
                case "is" -> new ComparisonNode(ComparisonNode.Kind.IS, a, b);
                case "is not" -> new ComparisonNode(ComparisonNode.Kind.IS_NOT, a, b);
                case "in" -> new ComparisonNode(ComparisonNode.Kind.IN, a, b);
                default -> new ComparisonNode(ComparisonNode.Kind.NOT_IN, a, b);
            };
        }
        PyExpressionNode[] nodes = new PyExpressionNode[operands.size()];
        for (int i = 0; i < nodes.length; i++) {
            nodes[i] = expression(operands.get(i));
        }
        String[] texts = new String[ops.size()];
        for (int i = 0; i < texts.length; i++) {
            texts[i] = opText(ops.get(i));
        }
        return new ChainedComparisonNode(nodes, texts);
    }

    private static String opText(PythonParser.Comp_opContext op) {
        if (op.getChildCount() == 2) {
            return op.getChild(0).getText() + " " + op.getChild(1).getText();
        }
        return op.getText();
    }

    private PyExpressionNode yieldExpression(PythonParser.Yield_exprContext c) {
        if (scope.kind != Scope.Kind.FUNCTION || lowering == null) {
            throw compileError(c, "'yield' outside function");
        }
        if (c.FROM() != null) {
            return lowering.yieldFrom(expression(c.test()));
        }
        PyExpressionNode value = c.testlist_star_expr() == null ? new ConstantNode(PyNone.INSTANCE)
            : expression(c.testlist_star_expr());
        return lowering.yieldValue(value);
    }

    /** The atom of {@code ctx} followed by its first {@code count} trailers. */
    private PyExpressionNode atomWithTrailers(PythonParser.Atom_exprContext ctx, int count) {
        PyExpressionNode node = expression(ctx.atom());
        for (int i = 0; i < count; i++) {
            PythonParser.TrailerContext t = ctx.trailer(i);
            if (t instanceof PythonParser.AttributeTrailerContext a) {
                boolean isMethodCall = i + 1 < count && ctx.trailer(i + 1) instanceof PythonParser.CallTrailerContext ct
                    && simplePositional(ct.arglist());
                if (isMethodCall) {
                    PythonParser.CallTrailerContext call = (PythonParser.CallTrailerContext) ctx.trailer(i + 1);
                    node = new MethodCallNode(node, a.NAME().getText(), positionalArgs(call.arglist()));
                    at(node, ctx);
                    node.setSource(-1, 0, call.getStart().getLine());
                    i++;
                    continue;
                }
                node = new GetAttributeNode(node, a.NAME().getText());
            } else if (t instanceof PythonParser.SubscriptTrailerContext s) {
                node = new GetItemNode(node, subscript(s.subscriptlist()));
            } else {
                node = call(node, ((PythonParser.CallTrailerContext) t).arglist(), ctx);
            }
            node.setSource(-1, 0, t.getStart().getLine());
        }
        return node;
    }

    private static boolean simplePositional(PythonParser.ArglistContext args) {
        if (args == null) {
            return true;
        }
        for (PythonParser.ArgumentContext a : args.argument()) {
            if (!(a instanceof PythonParser.PositionalArgumentContext p) || p.comp_for() != null) {
                return false;
            }
        }
        return true;
    }

    private PyExpressionNode[] positionalArgs(PythonParser.ArglistContext args) {
        if (args == null) {
            return new PyExpressionNode[0];
        }
        List<PyExpressionNode> out = new ArrayList<>();
        for (PythonParser.ArgumentContext a : args.argument()) {
            out.add(expression(((PythonParser.PositionalArgumentContext) a).test()));
        }
        return out.toArray(new PyExpressionNode[0]);
    }

    private PyExpressionNode call(PyExpressionNode callee, PythonParser.ArglistContext args,
                                  PythonParser.Atom_exprContext ctx) {
        if (callee instanceof ReadGlobalNode && ctx.atom() instanceof PythonParser.NameAtomContext n
            && n.NAME().getText().equals("super") && args == null && scope.usesSuper) {
            PyExpressionNode self = scope.parameters.isEmpty() ? null : readName(scope.parameters.get(0));
            return new SuperNode(readName("__class__"), self);
        }
        List<PyExpressionNode> values = new ArrayList<>();
        List<CallNode.ArgKind> kinds = new ArrayList<>();
        List<String> names = new ArrayList<>();
        if (args != null) {
            for (PythonParser.ArgumentContext a : args.argument()) {
                if (a instanceof PythonParser.PositionalArgumentContext p) {
                    if (p.comp_for() != null) {
                        values.add(comprehension(ComprehensionNode.Kind.GENERATOR, p.test(), null, p.comp_for(), p));
                    } else {
                        values.add(expression(p.test()));
                    }
                    kinds.add(CallNode.ArgKind.POSITIONAL);
                    names.add(null);
                } else if (a instanceof PythonParser.KeywordArgumentContext k) {
                    values.add(expression(k.test()));
                    kinds.add(CallNode.ArgKind.KEYWORD);
                    names.add(k.NAME().getText());
                } else if (a instanceof PythonParser.StarArgumentContext s) {
                    values.add(expression(s.test()));
                    kinds.add(CallNode.ArgKind.STAR);
                    names.add(null);
                } else if (a instanceof PythonParser.KwargsArgumentContext k) {
                    values.add(expression(k.test()));
                    kinds.add(CallNode.ArgKind.DOUBLE_STAR);
                    names.add(null);
                } else {
                    PythonParser.WalrusArgumentContext w = (PythonParser.WalrusArgumentContext) a;
                    ParseTree name = Trees.unwrap(w.test(0));
                    if (!(name instanceof PythonParser.NameAtomContext n)) {
                        throw error(w, "invalid syntax");
                    }
                    values.add(new AssignExpressionNode(walrusTarget(n.NAME().getText()), expression(w.test(1))));
                    kinds.add(CallNode.ArgKind.POSITIONAL);
                    names.add(null);
                }
            }
        }
        return new CallNode(callee, values.toArray(new PyExpressionNode[0]), kinds.toArray(new CallNode.ArgKind[0]),
            names.toArray(new String[0]));
    }

    private PyExpressionNode subscript(PythonParser.SubscriptlistContext ctx) {
        List<PythonParser.SubscriptContext> subs = ctx.subscript();
        if (subs.size() == 1 && ctx.COMMA().isEmpty()) {
            return subscriptItem(subs.get(0));
        }
        PyExpressionNode[] items = new PyExpressionNode[subs.size()];
        for (int i = 0; i < items.length; i++) {
            items[i] = subscriptItem(subs.get(i));
        }
        return new SequenceDisplayNode(SequenceDisplayNode.Kind.TUPLE, items, new boolean[items.length]);
    }

    private PyExpressionNode subscriptItem(PythonParser.SubscriptContext s) {
        if (s.COLON().isEmpty()) {
            return expression(s.test(0));
        }
        PyExpressionNode[] parts = new PyExpressionNode[3];
        int part = 0;
        for (int i = 0; i < s.getChildCount(); i++) {
            ParseTree c = s.getChild(i);
            if (c instanceof TerminalNode) {
                part++;
            } else {
                parts[part] = expression(c);
            }
        }
        return new SliceNode(parts[0], parts[1], parts[2]);
    }

    private PyExpressionNode atom(PythonParser.AtomContext c) {
        if (c instanceof PythonParser.NameAtomContext n) {
            return readName(n.NAME().getText());
        }
        if (c instanceof PythonParser.NumberAtomContext n) {
            return new ConstantNode(number(n.NUMBER().getText(), n));
        }
        if (c instanceof PythonParser.StringAtomContext s) {
            return strings(s);
        }
        if (c instanceof PythonParser.NoneAtomContext) {
            return new ConstantNode(PyNone.INSTANCE);
        }
        if (c instanceof PythonParser.TrueAtomContext) {
            return new ConstantNode(Boolean.TRUE);
        }
        if (c instanceof PythonParser.FalseAtomContext) {
            return new ConstantNode(Boolean.FALSE);
        }
        if (c instanceof PythonParser.EllipsisAtomContext) {
            return new ConstantNode(BuiltinTypes.ELLIPSIS_VALUE);
        }
        if (c instanceof PythonParser.ParenAtomContext p) {
            if (p.yield_expr() != null) {
                return expression(p.yield_expr());
            }
            PythonParser.Testlist_compContext list = p.testlist_comp();
            if (list == null) {
                return new SequenceDisplayNode(SequenceDisplayNode.Kind.TUPLE, new PyExpressionNode[0], new boolean[0]);
            }
            if (list.comp_for() != null) {
                return comprehension(ComprehensionNode.Kind.GENERATOR, list.getChild(0), null, list.comp_for(), p);
            }
            return display(SequenceDisplayNode.Kind.TUPLE, Trees.items(list));
        }
        if (c instanceof PythonParser.ListAtomContext l) {
            PythonParser.Testlist_compContext list = l.testlist_comp();
            if (list != null && list.comp_for() != null) {
                return comprehension(ComprehensionNode.Kind.LIST, list.getChild(0), null, list.comp_for(), l);
            }
            return display(SequenceDisplayNode.Kind.LIST, Trees.items(l));
        }
        PythonParser.BraceAtomContext b = (PythonParser.BraceAtomContext) c;
        PythonParser.DictorsetmakerContext maker = b.dictorsetmaker();
        if (maker == null) {
            return new DictDisplayNode(new PyExpressionNode[0], new PyExpressionNode[0]);
        }
        if (maker.comp_for() != null) {
            if (!maker.dict_item().isEmpty()) {
                PythonParser.Dict_itemContext item = maker.dict_item(0);
                return comprehension(ComprehensionNode.Kind.DICT, item.test(0), item.test(1), maker.comp_for(), b);
            }
            return comprehension(ComprehensionNode.Kind.SET, maker.getChild(0), null, maker.comp_for(), b);
        }
        if (!maker.dict_item().isEmpty()) {
            List<PyExpressionNode> keys = new ArrayList<>();
            List<PyExpressionNode> values = new ArrayList<>();
            for (PythonParser.Dict_itemContext item : maker.dict_item()) {
                if (item.POWER() != null) {
                    throw error(item, "invalid syntax"); // MicroPython has no ** in dict displays
                } else {
                    keys.add(expression(item.test(0)));
                    values.add(expression(item.test(1)));
                }
            }
            return new DictDisplayNode(keys.toArray(new PyExpressionNode[0]), values.toArray(new PyExpressionNode[0]));
        }
        List<ParseTree> items = new ArrayList<>();
        for (int i = 0; i < maker.getChildCount(); i++) {
            if (!(maker.getChild(i) instanceof TerminalNode)) {
                items.add(maker.getChild(i));
            }
        }
        return display(SequenceDisplayNode.Kind.SET, items);
    }

    private PyExpressionNode display(SequenceDisplayNode.Kind kind, List<ParseTree> items) {
        PyExpressionNode[] nodes = new PyExpressionNode[items.size()];
        boolean[] starred = new boolean[items.size()];
        for (int i = 0; i < nodes.length; i++) {
            ParseTree item = Trees.unwrap(items.get(i));
            if (item instanceof PythonParser.Star_exprContext s) {
                starred[i] = true;
                nodes[i] = expression(s.expr());
            } else {
                nodes[i] = expression(item);
            }
        }
        return new SequenceDisplayNode(kind, nodes, starred);
    }

    private PyExpressionNode comprehension(ComprehensionNode.Kind kind, ParseTree element, ParseTree value,
                                           PythonParser.Comp_forContext first, ParserRuleContext ctx) {
        PyExpressionNode iterable = expression(first.or_test());
        Scope inner = scopes.scopeOf(first);
        Scope outer = scope;
        GeneratorLowering outerLowering = lowering;
        scope = inner;
        RootCallTarget target;
        try {
            inner.slot(".0");
            for (String n : inner.assigned) {
                if (inner.binds(n)) {
                    inner.slot(n);
                }
            }
            for (String c : inner.cells) {
                inner.slot(c);
            }
            PyStatementNode body;
            if (kind == ComprehensionNode.Kind.GENERATOR) {
                inner.generator = true;
                lowering = new GeneratorLowering(inner);
                PyStatementNode produce = lowering.yieldValue(expression(element));
                body = block(new PyStatementNode[]{comprehensionLoops(first, true, produce)});
            } else {
                lowering = null;
                int resultSlot = inner.slot(".result");
                PyStatementNode produce = ComprehensionNode.produce(kind, resultSlot, expression(element),
                    value == null ? null : expression(value));
                body = ComprehensionNode.body(kind, resultSlot, comprehensionLoops(first, true, produce));
            }
            target = finishRoot(inner, comprehensionName(kind), 1, body, ctx);
        } finally {
            scope = outer;
            lowering = outerLowering;
        }
        MakeFunctionNode function = new MakeFunctionNode(comprehensionName(kind), target,
            new Signature(new String[]{".0"}, 0, false, new String[0], false), new PyExpressionNode[0],
            new String[0], new PyExpressionNode[0], closureOf(inner), kind == ComprehensionNode.Kind.GENERATOR);
        return new ComprehensionNode(function, iterable);
    }

    private static String comprehensionName(ComprehensionNode.Kind kind) {
        return switch (kind) {
            case LIST -> "<listcomp>";
            case SET -> "<setcomp>";
            case DICT -> "<dictcomp>";
            default -> "<genexpr>";
        };
    }

    private PyStatementNode comprehensionLoops(PythonParser.Comp_forContext clause, boolean outermost,
                                               PyStatementNode produce) {
        PyStatementNode inner = clauseChain(clause.comp_iter(), produce);
        PyExpressionNode source = outermost ? new ReadLocalNode(scope.slot(".0")) : expression(clause.or_test());
        return at(forNode(target(clause.exprlist()), source, inner, null), clause);
    }

    private PyStatementNode clauseChain(PythonParser.Comp_iterContext iter, PyStatementNode produce) {
        if (iter == null) {
            return produce;
        }
        if (iter.comp_for() != null) {
            return comprehensionLoops(iter.comp_for(), false, produce);
        }
        PythonParser.Comp_ifContext cond = iter.comp_if();
        return ifNode(expression(cond.test_nocond()), clauseChain(cond.comp_iter(), produce), null);
    }

    // ================================================================== literals

    private static Object number(String text, ParserRuleContext ctx) {
        String t = text.replace("_", "");
        char last = Character.toLowerCase(t.charAt(t.length() - 1));
        if (last == 'j') {
            return new org.mpyjvm.language.runtime.PyComplex(0, Double.parseDouble(t.substring(0, t.length() - 1)));
        }
        String lower = t.toLowerCase();
        int radix = 10;
        String digits = t;
        if (lower.startsWith("0x")) {
            radix = 16;
            digits = t.substring(2);
        } else if (lower.startsWith("0o")) {
            radix = 8;
            digits = t.substring(2);
        } else if (lower.startsWith("0b")) {
            radix = 2;
            digits = t.substring(2);
        } else if (lower.contains(".") || lower.contains("e") || lower.contains("inf") || lower.contains("nan")) {
            return Double.parseDouble(t);
        }
        BigInteger value = new BigInteger(digits, radix);
        return value.bitLength() < 64 ? (Object) value.longValue() : value;
    }

    private PyExpressionNode strings(PythonParser.StringAtomContext ctx) {
        if (nestedFields != null) {
            return stringsInField(ctx);
        }
        nestedFields = new ArrayList<>();
        PyExpressionNode node;
        List<Object[]> hoisted;
        try {
            node = stringsOutermost(ctx);
        } finally {
            hoisted = nestedFields;
            nestedFields = null;
        }
        if (hoisted.isEmpty()) {
            return node;
        }
        PyExpressionNode[] args = new PyExpressionNode[hoisted.size()];
        subParseDepth++;
        try {
            for (int i = 0; i < args.length; i++) {
                args[i] = expression(session.field((Token) hoisted.get(i)[0], (String) hoisted.get(i)[1]));
            }
        } finally {
            subParseDepth--;
        }
        CallNode.ArgKind[] kinds = new CallNode.ArgKind[args.length];
        java.util.Arrays.fill(kinds, CallNode.ArgKind.POSITIONAL);
        return new CallNode(node, args, kinds, new String[args.length]);
    }

    /** A string literal inside an f-string field: an f-string becomes its template, its fields are hoisted. */
    private PyExpressionNode stringsInField(PythonParser.StringAtomContext ctx) {
        boolean anyFormatted = false;
        for (TerminalNode t : ctx.STRING()) {
            anyFormatted |= StringLiterals.split(t.getText()).formatted();
        }
        if (!anyFormatted) {
            return stringsOutermost(ctx);
        }
        StringBuilder template = new StringBuilder();
        for (TerminalNode t : ctx.STRING()) {
            StringLiterals.Literal lit = StringLiterals.split(t.getText());
            int line = t.getSymbol().getLine();
            if (!lit.formatted()) {
                String text = lit.raw() ? lit.body() : StringLiterals.decode(lit.body(), line);
                template.append(text.replace("{", "{{").replace("}", "}}"));
                continue;
            }
            for (StringLiterals.Piece p : StringLiterals.splitFormatted(lit.body(), line)) {
                if (!p.isField()) {
                    String text = lit.raw() ? p.text() : StringLiterals.decode(p.text(), line);
                    template.append(text.replace("{", "{{").replace("}", "}}"));
                    continue;
                }
                nestedFields.add(new Object[]{t.getSymbol(), p.expression()});
                template.append('{');
                if (p.conversion() != 0) {
                    template.append('!').append(p.conversion());
                }
                if (p.spec() != null) {
                    template.append(':').append(p.spec());
                }
                template.append('}');
            }
        }
        return new ConstantNode(template.toString());
    }

    private PyExpressionNode stringsOutermost(PythonParser.StringAtomContext ctx) {
        List<PyExpressionNode> parts = new ArrayList<>();
        StringBuilder pending = new StringBuilder();
        Boolean bytes = null;
        java.io.ByteArrayOutputStream byteValue = new java.io.ByteArrayOutputStream();
        boolean anyFormatted = false;
        for (TerminalNode t : ctx.STRING()) {
            StringLiterals.Literal lit = StringLiterals.split(t.getText());
            int line = t.getSymbol().getLine();
            if (t.getText().chars().takeWhile(Character::isLetter).anyMatch(Character::isUpperCase)) {
                throw ParseError.syntax(line, "invalid syntax"); // MicroPython's prefixes are lower-case only
            }
            if (bytes != null && bytes != lit.bytes()) {
                throw ParseError.syntax(line, "cannot mix bytes and nonbytes literals");
            }
            bytes = lit.bytes();
            if (lit.bytes()) {
                byteValue.writeBytes(StringLiterals.decodeBytes(lit.body(), lit.raw(), line));
            } else if (lit.formatted()) {
                anyFormatted = true;
                formatted(t.getSymbol(), lit.body(), lit.raw(), pending, parts);
            } else {
                pending.append(lit.raw() ? lit.body() : StringLiterals.decode(lit.body(), line));
            }
        }
        if (Boolean.TRUE.equals(bytes)) {
            return new ConstantNode(new PyBytes(byteValue.toByteArray()));
        }
        if (!anyFormatted) {
            return new ConstantNode(pending.toString());
        }
        if (pending.length() > 0) {
            parts.add(new ConstantNode(pending.toString()));
        }
        return new FormattedStringNode(parts.toArray(new PyExpressionNode[0]));
    }

    private void formatted(Token token, String body, boolean raw, StringBuilder pending, List<PyExpressionNode> parts) {
        for (StringLiterals.Piece p : StringLiterals.splitFormatted(body, token.getLine())) {
            if (!p.isField()) {
                pending.append(raw ? p.text() : StringLiterals.decode(p.text(), token.getLine()));
                continue;
            }
            if (pending.length() > 0) {
                parts.add(new ConstantNode(pending.toString()));
                pending.setLength(0);
            }
            subParseDepth++;
            try {
                PyExpressionNode value = expression(session.field(token, p.expression()));
                PyExpressionNode spec = null;
                if (p.spec() != null) {
                    List<PyExpressionNode> specParts = new ArrayList<>();
                    StringBuilder specText = new StringBuilder();
                    formatted(token, p.spec(), raw, specText, specParts);
                    if (specText.length() > 0) {
                        specParts.add(new ConstantNode(specText.toString()));
                    }
                    spec = specParts.size() == 1 && specParts.get(0) instanceof ConstantNode k ? k
                        : new FormattedStringNode(specParts.toArray(new PyExpressionNode[0]));
                }
                parts.add(new FormatFieldNode(value, p.conversion(), spec));
            } finally {
                subParseDepth--;
            }
        }
    }
}
