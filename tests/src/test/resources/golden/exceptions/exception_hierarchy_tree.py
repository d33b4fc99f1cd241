# Walk the built-in exception hierarchy from a list of classes and print it as a tree using __bases__.
classes = [BaseException, Exception, ArithmeticError, ZeroDivisionError, OverflowError, LookupError, IndexError,
           KeyError, ValueError, UnicodeError, TypeError, NameError, AttributeError, RuntimeError,
           NotImplementedError, OSError, EOFError, ImportError, StopIteration, GeneratorExit, KeyboardInterrupt,
           SystemExit, AssertionError, MemoryError, SyntaxError, IndentationError]
seen = []
for c in classes:
    if c not in seen:
        seen.append(c)

def parent(c):
    b = c.__bases__
    return b[0] if b else None

children = {}
for c in seen:
    p = parent(c)
    if p is not None:
        children.setdefault(p.__name__, []).append(c.__name__)

def show(name, depth):
    print("  " * depth + name)
    for child in sorted(children.get(name, [])):
        show(child, depth + 1)

show("BaseException", 0)
print(parent(BaseException).__name__ if parent(BaseException) else None)
for c in (ZeroDivisionError, KeyError, IndentationError, NotImplementedError):
    chain = []
    while c is not None and c is not object:
        chain.append(c.__name__)
        c = parent(c)
    print(" -> ".join(chain))
