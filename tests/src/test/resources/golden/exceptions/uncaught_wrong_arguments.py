# exit: 1
# Calling functions with the wrong arguments: messages for missing, extra and unexpected keyword arguments.
def configure(port, baud=9600, *, parity="N"):
    return "%s@%d/%s" % (port, baud, parity)

def attempt(label, fn):
    try:
        print(label, "->", fn())
    except TypeError as e:
        print(label, "-> TypeError:", e)

attempt("ok", lambda: configure("uart0", 115200, parity="E"))
attempt("missing", lambda: configure())
attempt("extra positional", lambda: configure("a", 1, 2))
attempt("unknown keyword", lambda: configure("a", speed=5))
attempt("keyword-only as positional", lambda: configure("a", 1, "E"))
attempt("duplicate", lambda: configure("a", port="b"))
attempt("not callable", lambda: "configure"())
attempt("len of int", lambda: len(5))
configure("uart1", baud=19200, stopbits=2)
