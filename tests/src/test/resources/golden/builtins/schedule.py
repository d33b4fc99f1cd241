# micropython.schedule: callbacks are queued (at most 4), run one at a time at the interpreter's next check
# point (loop iterations, if tests), never inside the call that scheduled them and never inside each other.
import micropython

log = []


def on_sample(value):
    log.append(value)
    print("callback", value)


# queued, not called: the print below comes first
micropython.schedule(on_sample, 1)
print("scheduled, log =", log)
for i in range(2):
    print("loop", i)
print("log =", log)

# a generic for loop checks after each body
micropython.schedule(on_sample, "after-a")
for name in ["a", "b"]:
    print("item", name)

# function calls and returns are no check points
def produce(v):
    micropython.schedule(on_sample, v)
    print("produced", v)
    return v * 2


r = produce(10)
print("returned", r)
n = 0
while n < 2:
    print("while", n)
    n += 1

# the queue holds 4; a fifth is refused (no check point between them)
count = 0
try:
    micropython.schedule(on_sample, "q1"); count += 1
    micropython.schedule(on_sample, "q2"); count += 1
    micropython.schedule(on_sample, "q3"); count += 1
    micropython.schedule(on_sample, "q4"); count += 1
    micropython.schedule(on_sample, "q5"); count += 1
except RuntimeError as e:
    print("refused:", e)
print("accepted", count)
for i in range(6):
    print("drain step", i)


# a callback that schedules another: the second waits until the first returns
def chained(tag):
    print("chained start", tag)
    micropython.schedule(on_sample, tag + "-child")
    for k in range(2):
        print("  inside", k)
    print("chained end", tag)


micropython.schedule(chained, "c")
for i in range(4):
    print("main", i)


# an interrupt-style pattern: a flag set by the callback is polled by the main loop
class Button:
    def __init__(self):
        self.pressed = 0

    def irq(self, _):
        self.pressed += 1


b = Button()
events = 0
for tick in range(5):
    if tick % 2 == 0:
        micropython.schedule(b.irq, None)
    events += 1
print("pressed", b.pressed, "ticks", events)

# bound methods and builtins are callable too
micropython.schedule(print, "printed by print")
for i in range(2):
    pass
print("final log", log)
