# A recursive-descent expression evaluator with variables, functions, precedence and error reporting.
import math

class ParseError(Exception):
    pass

def tokenize(src):
    toks = []
    i = 0
    while i < len(src):
        c = src[i]
        if c.isspace():
            i += 1
        elif c.isdigit() or c == ".":
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            toks.append(("num", float(src[i:j]) if "." in src[i:j] else int(src[i:j])))
            i = j
        elif c.isalpha() or c == "_":
            j = i
            while j < len(src) and (src[j].isalpha() or src[j].isdigit() or src[j] == "_"):
                j += 1
            toks.append(("name", src[i:j]))
            i = j
        elif src[i:i + 2] == "**":
            toks.append(("op", "**"))
            i += 2
        elif c in "+-*/%(),=":
            toks.append(("op", c))
            i += 1
        else:
            raise ParseError("bad character %r at %d" % (c, i))
    toks.append(("end", None))
    return toks

FUNCS = {"sqrt": math.sqrt, "abs": abs, "max": max, "min": min, "floor": math.floor}

class Evaluator:
    def __init__(self):
        self.vars = {"pi": math.pi}

    def run(self, src):
        self.toks = tokenize(src)
        self.pos = 0
        if self.toks[0][0] == "name" and self.toks[1] == ("op", "="):
            name = self.toks[0][1]
            self.pos = 2
            v = self.expr()
            self.expect("end")
            self.vars[name] = v
            return v
        v = self.expr()
        self.expect("end")
        return v

    def peek(self):
        return self.toks[self.pos]

    def take(self):
        t = self.toks[self.pos]
        self.pos += 1
        return t

    def expect(self, kind, val=None):
        t = self.take()
        if t[0] != kind or (val is not None and t[1] != val):
            raise ParseError("expected %s got %s" % (val or kind, t[1] if t[1] is not None else t[0]))

    def expr(self):
        v = self.term()
        while self.peek() in (("op", "+"), ("op", "-")):
            if self.take()[1] == "+":
                v = v + self.term()
            else:
                v = v - self.term()
        return v

    def term(self):
        v = self.unary()
        while self.peek()[0] == "op" and self.peek()[1] in "*/%" and self.peek()[1] != "**":
            op = self.take()[1]
            r = self.unary()
            if op == "*":
                v *= r
            elif op == "/":
                if r == 0:
                    raise ParseError("division by zero")
                v /= r
            else:
                v %= r
        return v

    def unary(self):
        if self.peek() == ("op", "-"):
            self.take()
            return -self.unary()
        return self.power()

    def power(self):
        base = self.atom()
        if self.peek() == ("op", "**"):
            self.take()
            return base ** self.unary()
        return base

    def atom(self):
        kind, val = self.take()
        if kind == "num":
            return val
        if kind == "name":
            if self.peek() == ("op", "("):
                self.take()
                args = [self.expr()]
                while self.peek() == ("op", ","):
                    self.take()
                    args.append(self.expr())
                self.expect("op", ")")
                if val not in FUNCS:
                    raise ParseError("unknown function " + val)
                return FUNCS[val](*args)
            if val not in self.vars:
                raise ParseError("undefined " + val)
            return self.vars[val]
        if (kind, val) == ("op", "("):
            v = self.expr()
            self.expect("op", ")")
            return v
        raise ParseError("unexpected %s" % (val if val is not None else kind))

ev = Evaluator()
for line in ["1 + 2 * 3", "(1 + 2) * 3", "2 ** 3 ** 2", "-2 ** 2", "x = 10", "y = x / 4", "x * y - 3",
             "17 % 5 + max(1, x, 7)", "sqrt(16) + abs(-3)", "floor(pi * 100)", "r = 2.5", "pi * r ** 2",
             "1 / 0", "3 +", "foo(1)", "z + 1", "4 $ 4", "(1 + 2", "min(3, -x) * 2"]:
    try:
        v = ev.run(line)
        if isinstance(v, float):
            print("%-22s = %.6g" % (line, v))
        else:
            print("%-22s = %d" % (line, v))
    except ParseError as e:
        print("%-22s ! %s" % (line, e))
print(sorted(k for k in ev.vars))
