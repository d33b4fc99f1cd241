# A traffic-light controller and a tokenizer written as state machines whose states are closures
# that return the next state.
def traffic(log):
    timer = {"t": 0}

    def green(event):
        if event == "tick":
            timer["t"] += 1
            if timer["t"] >= 3:
                timer["t"] = 0
                log.append("green->yellow")
                return yellow
        elif event == "emergency":
            log.append("green->red!")
            return red
        return green

    def yellow(event):
        log.append("yellow->red")
        return red

    def red(event):
        if event == "tick":
            timer["t"] += 1
            if timer["t"] >= 2:
                timer["t"] = 0
                log.append("red->green")
                return green
        return red

    return green


log = []
state = traffic(log)
for ev in ["tick"] * 4 + ["emergency", "tick", "tick", "tick", "emergency", "tick"]:
    state = state(ev)
    print(ev, state.__name__)
print(log)


def tokenize(text):
    tokens = []
    buf = []

    def start(c):
        if c.isdigit():
            buf.append(c)
            return number
        if c.isalpha():
            buf.append(c)
            return word
        if c in "+-*/()":
            tokens.append(("op", c))
        return start

    def number(c):
        if c.isdigit() or c == ".":
            buf.append(c)
            return number
        tokens.append(("num", "".join(buf)))
        buf.clear()
        return start(c)

    def word(c):
        if c.isalpha() or c.isdigit():
            buf.append(c)
            return word
        tokens.append(("name", "".join(buf)))
        buf.clear()
        return start(c)

    st = start
    for c in text + " ":
        st = st(c)
    return tokens


print(tokenize("x1 = 3.14 * (radius+2)/y"))
print(tokenize("42"), tokenize(""), tokenize("a b"))
