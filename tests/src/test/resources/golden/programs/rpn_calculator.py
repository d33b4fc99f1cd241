# A reverse-Polish-notation calculator with a stack machine, user-defined words, and error recovery per line.
import math

class CalcError(Exception):
    pass

class RPN:
    def __init__(self):
        self.stack = []
        self.words = {}
        self.ops = {
            "+": (2, lambda a, b: a + b), "-": (2, lambda a, b: a - b), "*": (2, lambda a, b: a * b),
            "/": (2, self._div), "%": (2, lambda a, b: a % b), "**": (2, lambda a, b: a ** b),
            "neg": (1, lambda a: -a), "abs": (1, abs), "sqrt": (1, math.sqrt),
            "min": (2, min), "max": (2, max),
        }

    @staticmethod
    def _div(a, b):
        if b == 0:
            raise CalcError("division by zero")
        return a / b if (a % b) else a // b

    def pop(self):
        if not self.stack:
            raise CalcError("stack underflow")
        return self.stack.pop()

    def run(self, line):
        tokens = line.split()
        i = 0
        while i < len(tokens):
            t = tokens[i]
            if t == ":":
                end = tokens.index(";", i)
                self.words[tokens[i + 1]] = tokens[i + 2:end]
                i = end + 1
                continue
            if t in self.words:
                self.run(" ".join(self.words[t]))
            elif t in self.ops:
                n, fn = self.ops[t]
                args = [self.pop() for _ in range(n)][::-1]
                self.stack.append(fn(*args))
            elif t == "dup":
                v = self.pop()
                self.stack += [v, v]
            elif t == "swap":
                b, a = self.pop(), self.pop()
                self.stack += [b, a]
            elif t == "drop":
                self.pop()
            elif t == "clear":
                self.stack = []
            else:
                try:
                    self.stack.append(int(t))
                except ValueError:
                    try:
                        self.stack.append(float(t))
                    except ValueError:
                        raise CalcError("unknown word %r" % t)
            i += 1

calc = RPN()
program = [
    "3 4 + 2 *",
    "clear 10 3 /",
    "clear 9 3 /",
    ": sq dup * ;",
    ": hyp sq swap sq + sqrt ;",
    "clear 3 4 hyp",
    "clear 2 10 ** 1000 -",
    "clear 1 2 3 4 5 + + + +",
    "clear 5 0 /",
    "clear +",
    "clear 1.5 2 * neg abs",
    "clear 7 frobnicate",
    "clear 17 5 % 3 max 1 min",
]
for line in program:
    try:
        calc.run(line)
        print("%-28s -> %s" % (line, calc.stack))
    except CalcError as e:
        print("%-28s !! %s (stack %s)" % (line, e, calc.stack))
print(sorted(calc.words.items()))
