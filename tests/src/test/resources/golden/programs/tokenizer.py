# A tokenizer and recursive-descent evaluator for arithmetic expressions with variables.
class Token:
    def __init__(self, kind, text, pos):
        self.kind = kind
        self.text = text
        self.pos = pos

    def __repr__(self):
        return "%s(%r)@%d" % (self.kind, self.text, self.pos)

class ParseError(Exception):
    pass

def tokenize(src):
    tokens = []
    i = 0
    while i < len(src):
        c = src[i]
        if c.isspace():
            i += 1
        elif c.isdigit() or c == ".":
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            tokens.append(Token("NUM", src[i:j], i))
            i = j
        elif c.isalpha() or c == "_":
            j = i
            while j < len(src) and (src[j].isalpha() or src[j].isdigit() or src[j] == "_"):
                j += 1
            tokens.append(Token("NAME", src[i:j], i))
            i = j
        elif c in "+-*/()^=":
            tokens.append(Token("OP", c, i))
            i += 1
        else:
            raise ParseError("unexpected character %r at %d" % (c, i))
    tokens.append(Token("END", "", len(src)))
    return tokens

class Parser:
    def __init__(self, tokens, env):
        self.tokens = tokens
        self.i = 0
        self.env = env

    def peek(self):
        return self.tokens[self.i]

    def take(self, text=None):
        tok = self.tokens[self.i]
        if text is not None and tok.text != text:
            raise ParseError("expected %r at %d, got %r" % (text, tok.pos, tok.text))
        self.i += 1
        return tok

    def statement(self):
        if self.peek().kind == "NAME" and self.tokens[self.i + 1].text == "=":
            name = self.take().text
            self.take("=")
            value = self.expr()
            self.env[name] = value
            return value
        return self.expr()

    def expr(self):
        value = self.term()
        while self.peek().text in ("+", "-"):
            op = self.take().text
            rhs = self.term()
            value = value + rhs if op == "+" else value - rhs
        return value

    def term(self):
        value = self.power()
        while self.peek().text in ("*", "/"):
            op = self.take().text
            rhs = self.power()
            if op == "/" and rhs == 0:
                raise ParseError("division by zero")
            value = value * rhs if op == "*" else value / rhs
        return value

    def power(self):
        base = self.unary()
        if self.peek().text == "^":
            self.take()
            return base ** self.power()
        return base

    def unary(self):
        if self.peek().text == "-":
            self.take()
            return -self.unary()
        return self.atom()

    def atom(self):
        tok = self.take()
        if tok.kind == "NUM":
            return float(tok.text) if "." in tok.text else int(tok.text)
        if tok.kind == "NAME":
            if tok.text not in self.env:
                raise ParseError("unknown variable " + tok.text)
            return self.env[tok.text]
        if tok.text == "(":
            v = self.expr()
            self.take(")")
            return v
        raise ParseError("unexpected %r at %d" % (tok.text, tok.pos))

print(tokenize("x = 3 * (y + 4.5)"))
env = {}
program = ["x = 2", "y = x ^ 3 ^ 2", "z = (x + y) * -3", "z / 4", "2 ^ 100", "1 / 0", "w + 1", "3 $ 4", "(1 + 2", "10 - 2 - 3"]
for line in program:
    try:
        result = Parser(tokenize(line), env).statement()
        print("%-16s => %r" % (line, result))
    except ParseError as e:
        print("%-16s !! %s" % (line, e))
print(sorted(env.items()))
