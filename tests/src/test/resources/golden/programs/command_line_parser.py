# A getopt-like command-line parser for a device shell: flags, options with values, subcommands, usage errors.
class UsageError(Exception):
    pass

class Option:
    def __init__(self, short, long, takes_value=False, default=None, convert=str, help=""):
        self.short = short
        self.long = long
        self.takes_value = takes_value
        self.default = default
        self.convert = convert
        self.help = help

class Parser:
    def __init__(self, prog, options):
        self.prog = prog
        self.options = options
        self.by_short = {o.short: o for o in options if o.short}
        self.by_long = {o.long: o for o in options}

    def usage(self):
        lines = ["usage: %s [options] command [args]" % self.prog]
        for o in self.options:
            flag = ("-%s, " % o.short if o.short else "    ") + "--" + o.long
            if o.takes_value:
                flag += "=VALUE"
            lines.append("  %-22s %s" % (flag, o.help))
        return "\n".join(lines)

    def _set(self, result, opt, value):
        if opt.takes_value:
            try:
                result[opt.long] = opt.convert(value)
            except ValueError:
                raise UsageError("bad value for --%s: %r" % (opt.long, value))
        else:
            result[opt.long] = result.get(opt.long, 0) + 1

    def parse(self, argv):
        result = {o.long: o.default for o in self.options}
        for o in self.options:
            if not o.takes_value:
                result[o.long] = 0
        positional = []
        args = list(argv)
        while args:
            a = args.pop(0)
            if a == "--":
                positional.extend(args)
                break
            if a.startswith("--"):
                name, eq, value = a[2:].partition("=")
                opt = self.by_long.get(name)
                if opt is None:
                    raise UsageError("unknown option --" + name)
                if opt.takes_value and not eq:
                    if not args:
                        raise UsageError("--%s needs a value" % name)
                    value = args.pop(0)
                self._set(result, opt, value)
            elif a.startswith("-") and len(a) > 1:
                i = 1
                while i < len(a):
                    opt = self.by_short.get(a[i])
                    if opt is None:
                        raise UsageError("unknown option -" + a[i])
                    if opt.takes_value:
                        value = a[i + 1:]
                        if not value:
                            if not args:
                                raise UsageError("-%s needs a value" % a[i])
                            value = args.pop(0)
                        self._set(result, opt, value)
                        break
                    self._set(result, opt, None)
                    i += 1
            else:
                positional.append(a)
        if not positional:
            raise UsageError("missing command")
        return positional[0], positional[1:], result

p = Parser("devctl", [
    Option("v", "verbose", help="more output (repeatable)"),
    Option("b", "baud", True, 115200, int, "serial speed"),
    Option("p", "port", True, "/dev/ttyACM0", help="serial port"),
    Option(None, "dry-run", help="do not write"),
    Option("t", "timeout", True, 1.0, float, "seconds"),
])
print(p.usage())
cases = [
    "flash firmware.bin",
    "-vv --baud 9600 reset",
    "-vb57600 -p COM3 ls /flash",
    "--port=/dev/ttyUSB1 --dry-run cp a b",
    "-t 0.25 -- -weird-name --not-an-option",
    "--baud fast reset",
    "-x reset",
    "--speed=1 reset",
    "-v",
    "reset -b",
]
for c in cases:
    try:
        cmd, rest, opts = p.parse(c.split())
        shown = ", ".join("%s=%r" % (k, opts[k]) for k in sorted(opts))
        print("%-40s -> %s %s {%s}" % (c, cmd, rest, shown))
    except UsageError as e:
        print("%-40s -> error: %s" % (c, e))
