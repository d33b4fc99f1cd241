# The built-in exception hierarchy as MicroPython defines it.
pairs = [
    (ZeroDivisionError, ArithmeticError),
    (OverflowError, ArithmeticError),
    (KeyError, LookupError),
    (IndexError, LookupError),
    (LookupError, Exception),
    (ValueError, Exception),
    (UnicodeError, ValueError),
    (NotImplementedError, RuntimeError),
    (StopIteration, Exception),
    (KeyboardInterrupt, Exception),
    (KeyboardInterrupt, BaseException),
    (SystemExit, BaseException),
    (GeneratorExit, Exception),
    (OSError, Exception),
    (AssertionError, Exception),
    (AttributeError, Exception),
    (ImportError, Exception),
    (NameError, Exception),
    (TypeError, Exception),
    (MemoryError, Exception),
    (SyntaxError, Exception),
    (IndentationError, SyntaxError),
    (Exception, BaseException),
]
for sub, sup in pairs:
    print(sub.__name__, "<", sup.__name__, issubclass(sub, sup))

def which(exc):
    try:
        raise exc
    except LookupError:
        return "LookupError branch"
    except ArithmeticError:
        return "ArithmeticError branch"
    except Exception:
        return "Exception branch"
    except BaseException:
        return "BaseException branch"

for e in (KeyError(1), IndexError(), ZeroDivisionError(), ValueError(), SystemExit(), KeyboardInterrupt()):
    print(type(e).__name__, "->", which(e))
