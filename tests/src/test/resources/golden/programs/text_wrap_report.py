# Word wrapping, justification and centred headings for a fixed-width (e.g. 32-column thermal printer) report.
TEXT = ("MicroPython is a lean and efficient implementation of the Python 3 programming language that "
        "includes a small subset of the Python standard library and is optimised to run on microcontrollers "
        "and in constrained environments.")

def wrap(text, width):
    lines = []
    line = []
    length = 0
    for word in text.split():
        while len(word) > width:
            if line:
                lines.append(" ".join(line))
                line, length = [], 0
            lines.append(word[:width - 1] + "-")
            word = word[width - 1:]
        if line and length + 1 + len(word) > width:
            lines.append(" ".join(line))
            line, length = [], 0
        line.append(word)
        length += len(word) + (1 if length else 0)
    if line:
        lines.append(" ".join(line))
    return lines

def justify(line, width):
    words = line.split()
    if len(words) == 1:
        return line
    gaps = len(words) - 1
    spaces = width - sum(len(w) for w in words)
    out = ""
    for i, w in enumerate(words[:-1]):
        n = spaces // gaps + (1 if i < spaces % gaps else 0)
        out += w + " " * n
    return out + words[-1]

def box(lines, width):
    print("+" + "-" * (width + 2) + "+")
    for l in lines:
        print("| " + "{:<{w}}".format(l, w=width) + " |")
    print("+" + "-" * (width + 2) + "+")

W = 32
print("{:^{w}}".format("RECEIPT", w=W + 4))
print("{:*^{w}}".format(" wrapped ", w=W + 4))
plain = wrap(TEXT, W)
box(plain, W)
just = [justify(l, W) for l in plain[:-1]] + [plain[-1]]
box(just, W)
print([len(l) for l in just])
narrow = wrap("supercalifragilisticexpialidocious words here", 10)
print(narrow)
items = [("Coffee", 2, 3.5), ("Bagel, sesame", 1, 2.25), ("Orange juice (large)", 3, 4.0)]
total = 0
for name, qty, price in items:
    amount = qty * price
    total += amount
    print("{:<20.20}{:>3}x{:>8.2f}".format(name, qty, amount))
print("{:>32}".format("-" * 10))
print("{:<20}{:>12.2f}".format("TOTAL", total))
print("{:<20}{:>12.2f}".format("VAT 7%", total * 0.07))
print("%-20s%12s" % ("PAID", "%.2f" % (total * 1.07)))
print("=" * 32)
