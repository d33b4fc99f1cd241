# Closures over mutable state with nonlocal; independent instances.
def make_counter(start=0, step=1):
    count = start
    def incr():
        nonlocal count
        count += step
        return count
    def reset():
        nonlocal count
        count = start
    def peek():
        return count
    return incr, reset, peek

inc_a, reset_a, peek_a = make_counter()
inc_b, reset_b, peek_b = make_counter(100, -10)
print([inc_a() for _ in range(5)], peek_a())
print([inc_b() for _ in range(3)], peek_b())
reset_a()
print(peek_a(), inc_a(), peek_b())

def make_accumulator():
    history = []
    def add(x):
        history.append(x)
        return sum(history)
    def items():
        return list(history)
    return add, items

acc, acc_items = make_accumulator()
for v in (5, 10, -3):
    print("running total", acc(v))
print(acc_items())
try:
    acc.history = []  # MicroPython functions and closures keep no new attributes
    print("stored; readable:", hasattr(acc, "history"))
except AttributeError as e:
    print("AttributeError:", e)
