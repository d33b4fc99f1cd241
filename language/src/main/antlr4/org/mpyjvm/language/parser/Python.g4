/*
 * The Python that MicroPython's compiler accepts.
 *
 * Indentation is not context free, so the lexer turns physical lines into NEWLINE, INDENT and DEDENT tokens in
 * nextToken() (see the @lexer::members block): newlines inside brackets are dropped, blank and comment-only lines
 * produce nothing, and each change of indentation becomes INDENT or one DEDENT per closed level.
 * String literals are single tokens; their escapes and f-string fields are decoded by the node builder.
 */
grammar Python;

tokens { INDENT, DEDENT }

@lexer::members {
    private final java.util.ArrayDeque<Token> pending = new java.util.ArrayDeque<>();
    private final java.util.ArrayList<Integer> indents = new java.util.ArrayList<>(java.util.List.of(0));
    private int bracketDepth;
    private Token lastEmitted;

    /** Open brackets at the end of the input, for the REPL's continuation decision. */
    public int bracketDepth() { return bracketDepth; }

    @Override
    public Token nextToken() {
        if (!pending.isEmpty()) {
            return remember(pending.poll());
        }
        Token t = super.nextToken();
        switch (t.getType()) {
            case OPEN_PAREN: case OPEN_BRACK: case OPEN_BRACE:
                bracketDepth++;
                break;
            case CLOSE_PAREN: case CLOSE_BRACK: case CLOSE_BRACE:
                if (bracketDepth > 0) bracketDepth--;
                break;
            case NEWLINE:
                return onNewline(t);
            case EOF:
                return onEof(t);
            default:
                break;
        }
        return remember(t);
    }

    private Token remember(Token t) {
        lastEmitted = t;
        return t;
    }

    private boolean atLineStart() {
        return lastEmitted == null || lastEmitted.getType() == NEWLINE || lastEmitted.getType() == PythonParser.INDENT
            || lastEmitted.getType() == PythonParser.DEDENT;
    }

    private Token onNewline(Token t) {
        if (bracketDepth > 0) {
            return nextToken();
        }
        int next = _input.LA(1);
        boolean blankLine = next == '\n' || next == '\r' || next == '#' || next == EOF;
        if (blankLine) {
            if (atLineStart()) return nextToken();
            return remember(newlineToken(t));
        }
        int width = indentWidth(t.getText());
        if (!atLineStart()) {
            pending.add(newlineToken(t));
        }
        int current = indents.get(indents.size() - 1);
        if (width > current) {
            indents.add(width);
            pending.add(synthetic(PythonParser.INDENT, t, t.getLine() + 1));
        } else {
            while (width < indents.get(indents.size() - 1)) {
                indents.remove(indents.size() - 1);
                pending.add(synthetic(PythonParser.DEDENT, t, t.getLine() + 1));
            }
            if (width != indents.get(indents.size() - 1)) {
                throw new IndentationProblem(t.getLine(), "unindent doesn't match any outer indent level");
            }
        }
        if (pending.isEmpty()) return nextToken();
        return remember(pending.poll());
    }

    private Token onEof(Token t) {
        if (!atLineStart()) {
            pending.add(synthetic(NEWLINE, t, t.getLine()));
        }
        while (indents.size() > 1) {
            indents.remove(indents.size() - 1);
            pending.add(synthetic(PythonParser.DEDENT, t, t.getLine()));
        }
        pending.add(t);
        return remember(pending.poll());
    }

    private static int indentWidth(String newlineText) {
        int width = 0;
        for (int i = 0; i < newlineText.length(); i++) {
            char c = newlineText.charAt(i);
            if (c == '\n' || c == '\r') width = 0;
            else if (c == '\t') width = (width / 8 + 1) * 8;
            else if (c == ' ' || c == '\f') width++;
        }
        return width;
    }

    private Token newlineToken(Token t) {
        return synthetic(NEWLINE, t, t.getLine());
    }

    private Token synthetic(int type, Token at, int line) {
        org.antlr.v4.runtime.CommonToken s = new org.antlr.v4.runtime.CommonToken(at);
        s.setType(type);
        s.setText(type == NEWLINE ? "\n" : "");
        s.setLine(line);
        return s;
    }
}

// ---------------------------------------------------------------- parser

file_input : (NEWLINE | stmt)* EOF ;
eval_input : testlist NEWLINE* EOF ;

stmt : simple_stmts | compound_stmt ;

simple_stmts : simple_stmt (SEMI simple_stmt)* SEMI? NEWLINE ;

simple_stmt
    : expr_stmt
    | del_stmt
    | pass_stmt
    | break_stmt
    | continue_stmt
    | return_stmt
    | raise_stmt
    | yield_stmt
    | import_name
    | import_from
    | global_stmt
    | nonlocal_stmt
    | assert_stmt
    ;

expr_stmt
    : testlist_star_expr COLON test (ASSIGN (yield_expr | testlist_star_expr))?   # annAssign
    | testlist_star_expr augassign (yield_expr | testlist)                       # augAssign
    | testlist_star_expr (ASSIGN (yield_expr | testlist_star_expr))*             # assignOrExpr
    ;

augassign
    : ADD_ASSIGN | SUB_ASSIGN | MULT_ASSIGN | AT_ASSIGN | DIV_ASSIGN | MOD_ASSIGN | AND_ASSIGN | OR_ASSIGN
    | XOR_ASSIGN | LEFT_SHIFT_ASSIGN | RIGHT_SHIFT_ASSIGN | POWER_ASSIGN | IDIV_ASSIGN
    ;

del_stmt : DEL exprlist ;
pass_stmt : PASS ;
break_stmt : BREAK ;
continue_stmt : CONTINUE ;
return_stmt : RETURN testlist_star_expr? ;
raise_stmt : RAISE (test (FROM test)?)? ;
yield_stmt : yield_expr ;
import_name : IMPORT dotted_as_name (COMMA dotted_as_name)* ;
import_from
    : FROM import_dots dotted_name? IMPORT (STAR | OPEN_PAREN import_as_names CLOSE_PAREN | import_as_names)
    ;
import_dots : (DOT | ELLIPSIS)* ;
import_as_name : NAME (AS NAME)? ;
dotted_as_name : dotted_name (AS NAME)? ;
import_as_names : import_as_name (COMMA import_as_name)* COMMA? ;
dotted_name : NAME (DOT NAME)* ;
global_stmt : GLOBAL NAME (COMMA NAME)* ;
nonlocal_stmt : NONLOCAL NAME (COMMA NAME)* ;
assert_stmt : ASSERT test (COMMA test)? ;

compound_stmt
    : if_stmt
    | while_stmt
    | for_stmt
    | try_stmt
    | with_stmt
    | funcdef
    | classdef
    | decorated
    | async_stmt
    ;

async_stmt : ASYNC (funcdef | with_stmt | for_stmt) ;
if_stmt : IF namedexpr_test COLON suite (ELIF namedexpr_test COLON suite)* (ELSE COLON suite)? ;
while_stmt : WHILE namedexpr_test COLON suite (ELSE COLON suite)? ;
for_stmt : FOR exprlist IN testlist COLON suite (ELSE COLON suite)? ;
try_stmt
    : TRY COLON suite
      ( except_clause+ (ELSE COLON suite)? (FINALLY COLON suite)?
      | FINALLY COLON suite
      )
    ;
except_clause : EXCEPT (test (AS NAME)?)? COLON suite ;
with_stmt : WITH with_item (COMMA with_item)* COLON suite ;
with_item : test (AS expr)? ;
suite : simple_stmts | NEWLINE INDENT stmt+ DEDENT ;

decorator : AT namedexpr_test NEWLINE ;
decorated : decorator+ (classdef | funcdef | ASYNC funcdef) ;
funcdef : DEF NAME OPEN_PAREN parameters? CLOSE_PAREN (ARROW test)? COLON suite ;
parameters : parameter (COMMA parameter)* COMMA? ;
parameter
    : NAME (COLON test)? (ASSIGN test)?   # plainParam
    | STAR (NAME (COLON test)?)?          # starParam
    | POWER NAME (COLON test)?            # kwargsParam
    | DIV                                 # slashParam
    ;
classdef : CLASS NAME (OPEN_PAREN arglist? CLOSE_PAREN)? COLON suite ;

lambdef : LAMBDA lambda_params? COLON test ;
lambdef_nocond : LAMBDA lambda_params? COLON test_nocond ;
lambda_params : lambda_param (COMMA lambda_param)* COMMA? ;
lambda_param
    : NAME (ASSIGN test)?   # plainLambdaParam
    | STAR NAME?            # starLambdaParam
    | POWER NAME            # kwargsLambdaParam
    | DIV                   # slashLambdaParam
    ;

// ---------------------------------------------------------------- expressions

namedexpr_test : test (WALRUS test)? ;
test : or_test (IF or_test ELSE test)? | lambdef ;
test_nocond : or_test | lambdef_nocond ;
or_test : and_test (OR and_test)* ;
and_test : not_test (AND not_test)* ;
not_test : NOT not_test | comparison ;
comparison : expr (comp_op expr)* ;
comp_op : LESS_THAN | GREATER_THAN | EQUALS | GT_EQ | LT_EQ | NOT_EQ | IN | NOT IN | IS | IS NOT ;
star_expr : STAR expr ;
expr : xor_expr (OR_OP xor_expr)* ;
xor_expr : and_expr (XOR and_expr)* ;
and_expr : shift_expr (AND_OP shift_expr)* ;
shift_expr : arith_expr ((LEFT_SHIFT | RIGHT_SHIFT) arith_expr)* ;
arith_expr : term ((ADD | MINUS) term)* ;
term : factor ((STAR | AT | DIV | MOD | IDIV) factor)* ;
factor : (ADD | MINUS | NOT_OP) factor | power ;
power : atom_expr (POWER factor)? ;
atom_expr : AWAIT? atom trailer* ;
atom
    : OPEN_PAREN (yield_expr | testlist_comp)? CLOSE_PAREN   # parenAtom
    | OPEN_BRACK testlist_comp? CLOSE_BRACK                  # listAtom
    | OPEN_BRACE dictorsetmaker? CLOSE_BRACE                 # braceAtom
    | NAME                                                   # nameAtom
    | NUMBER                                                 # numberAtom
    | STRING+                                                # stringAtom
    | ELLIPSIS                                               # ellipsisAtom
    | NONE                                                   # noneAtom
    | TRUE                                                   # trueAtom
    | FALSE                                                  # falseAtom
    ;
testlist_comp : (namedexpr_test | star_expr) (comp_for | (COMMA (namedexpr_test | star_expr))* COMMA?) ;
trailer
    : OPEN_PAREN arglist? CLOSE_PAREN     # callTrailer
    | OPEN_BRACK subscriptlist CLOSE_BRACK  # subscriptTrailer
    | DOT NAME                            # attributeTrailer
    ;
subscriptlist : subscript (COMMA subscript)* COMMA? ;
subscript : test | test? COLON test? (COLON test?)? ;
exprlist : (expr | star_expr) (COMMA (expr | star_expr))* COMMA? ;
testlist : test (COMMA test)* COMMA? ;
testlist_star_expr : (test | star_expr) (COMMA (test | star_expr))* COMMA? ;
dictorsetmaker
    : dict_item (comp_for | (COMMA dict_item)* COMMA?)
    | (test | star_expr) (comp_for | (COMMA (test | star_expr))* COMMA?)
    ;
dict_item : test COLON test | POWER expr ;
arglist : argument (COMMA argument)* COMMA? ;
argument
    : NAME ASSIGN test        # keywordArgument
    | test WALRUS test        # walrusArgument
    | test comp_for?          # positionalArgument
    | POWER test              # kwargsArgument
    | STAR test               # starArgument
    ;
comp_for : ASYNC? FOR exprlist IN or_test comp_iter? ;
comp_iter : comp_for | comp_if ;
comp_if : IF test_nocond comp_iter? ;
yield_expr : YIELD (FROM test | testlist_star_expr)? ;

// ---------------------------------------------------------------- lexer

DEF : 'def' ;
RETURN : 'return' ;
RAISE : 'raise' ;
FROM : 'from' ;
IMPORT : 'import' ;
AS : 'as' ;
GLOBAL : 'global' ;
NONLOCAL : 'nonlocal' ;
ASSERT : 'assert' ;
IF : 'if' ;
ELIF : 'elif' ;
ELSE : 'else' ;
WHILE : 'while' ;
FOR : 'for' ;
IN : 'in' ;
TRY : 'try' ;
FINALLY : 'finally' ;
WITH : 'with' ;
EXCEPT : 'except' ;
LAMBDA : 'lambda' ;
OR : 'or' ;
AND : 'and' ;
NOT : 'not' ;
IS : 'is' ;
NONE : 'None' ;
TRUE : 'True' ;
FALSE : 'False' ;
CLASS : 'class' ;
YIELD : 'yield' ;
DEL : 'del' ;
PASS : 'pass' ;
CONTINUE : 'continue' ;
BREAK : 'break' ;
ASYNC : 'async' ;
AWAIT : 'await' ;

NEWLINE : ( '\r'? '\n' | '\r' | '\f' ) [ \t\f]* ;

NUMBER : IMAG_NUMBER | FLOAT_NUMBER | INTEGER ;

STRING : STRING_PREFIX? ( LONG_STRING | SHORT_STRING ) ;

NAME : [\p{L}_] [\p{L}\p{N}_]* ;

DOT : '.' ;
ELLIPSIS : '...' ;
STAR : '*' ;
OPEN_PAREN : '(' ;
CLOSE_PAREN : ')' ;
COMMA : ',' ;
COLON : ':' ;
SEMI : ';' ;
POWER : '**' ;
ASSIGN : '=' ;
OPEN_BRACK : '[' ;
CLOSE_BRACK : ']' ;
OR_OP : '|' ;
XOR : '^' ;
AND_OP : '&' ;
LEFT_SHIFT : '<<' ;
RIGHT_SHIFT : '>>' ;
ADD : '+' ;
MINUS : '-' ;
DIV : '/' ;
MOD : '%' ;
IDIV : '//' ;
NOT_OP : '~' ;
OPEN_BRACE : '{' ;
CLOSE_BRACE : '}' ;
LESS_THAN : '<' ;
GREATER_THAN : '>' ;
EQUALS : '==' ;
GT_EQ : '>=' ;
LT_EQ : '<=' ;
NOT_EQ : '!=' ;
AT : '@' ;
ARROW : '->' ;
WALRUS : ':=' ;
ADD_ASSIGN : '+=' ;
SUB_ASSIGN : '-=' ;
MULT_ASSIGN : '*=' ;
AT_ASSIGN : '@=' ;
DIV_ASSIGN : '/=' ;
MOD_ASSIGN : '%=' ;
AND_ASSIGN : '&=' ;
OR_ASSIGN : '|=' ;
XOR_ASSIGN : '^=' ;
LEFT_SHIFT_ASSIGN : '<<=' ;
RIGHT_SHIFT_ASSIGN : '>>=' ;
POWER_ASSIGN : '**=' ;
IDIV_ASSIGN : '//=' ;

SKIP_ : ( [ \t]+ | COMMENT | LINE_JOINING ) -> skip ;

UNKNOWN_CHAR : . ;

fragment COMMENT : '#' ~[\r\n\f]* ;
fragment LINE_JOINING : '\\' [ \t]* ( '\r'? '\n' | '\r' | '\f' ) ;

fragment STRING_PREFIX : [rRbBuUfF] | [rR] [bBfF] | [bBfF] [rR] ;
fragment SHORT_STRING
    : '\'' ( '\\' . | ~[\\\r\n'] )* '\''
    | '"' ( '\\' . | ~[\\\r\n"] )* '"'
    ;
fragment LONG_STRING
    : '\'\'\'' ( '\\' . | ~'\\' )*? '\'\'\''
    | '"""' ( '\\' . | ~'\\' )*? '"""'
    ;

fragment INTEGER : DEC_INTEGER | OCT_INTEGER | HEX_INTEGER | BIN_INTEGER ;
fragment DEC_INTEGER : [1-9] ( '_'? [0-9] )* | '0'+ ( '_'? '0' )* ;
fragment OCT_INTEGER : '0' [oO] ( '_'? [0-7] )+ ;
fragment HEX_INTEGER : '0' [xX] ( '_'? [0-9a-fA-F] )+ ;
fragment BIN_INTEGER : '0' [bB] ( '_'? [01] )+ ;
fragment DIGIT_PART : [0-9] ( '_'? [0-9] )* ;
fragment FLOAT_NUMBER : POINT_FLOAT | EXPONENT_FLOAT ;
fragment POINT_FLOAT : DIGIT_PART? '.' DIGIT_PART | DIGIT_PART '.' ;
fragment EXPONENT_FLOAT : ( DIGIT_PART | POINT_FLOAT ) [eE] [+-]? DIGIT_PART ;
fragment IMAG_NUMBER : ( FLOAT_NUMBER | DIGIT_PART ) [jJ] ;
