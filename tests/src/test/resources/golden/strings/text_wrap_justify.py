# Word wrapping with full justification, centred headings and a boxed paragraph, all by hand
# (MicroPython's str has no ljust/rjust/textwrap; center and format alignment do exist).
TEXT = ("MicroPython is a lean and efficient implementation of the Python 3 programming language "
        "that includes a small subset of the Python standard library and is optimised to run on "
        "microcontrollers and in constrained environments.")


def wrap(text, width):
    lines, line = [], []
    length = 0
    for word in text.split():
        extra = len(word) + (1 if line else 0)
        if line and length + extra > width:
            lines.append(line)
            line, length = [word], len(word)
        else:
            line.append(word)
            length += extra
    if line:
        lines.append(line)
    return lines


def justify(words, width):
    if len(words) == 1:
        return words[0]
    gaps = len(words) - 1
    spaces = width - sum(len(w) for w in words)
    base, extra = divmod(spaces, gaps)
    out = ""
    for i, w in enumerate(words[:-1]):
        out += w + " " * (base + (1 if i < extra else 0))
    return out + words[-1]


for width in (30, 42):
    lines = wrap(TEXT, width)
    print("[" + "Width %d" % width + "]")
    print(" Wrapped ".center(width).replace(" ", "="))
    for i, words in enumerate(lines):
        text = " ".join(words) if i == len(lines) - 1 else justify(words, width)
        print("|" + "{:<{}}".format(text, width) + "|")
    print("+" + "-" * width + "+")
print(repr("x".center(4)), repr("ab".center(5)), repr("abc".center(2)), repr("".center(3)))
try:
    "ab".center(5, "*")
except TypeError as e:
    print("TypeError", e)
print("{:^7}|{:>7}|{:<7}|".format("mid", "right", "left"))
