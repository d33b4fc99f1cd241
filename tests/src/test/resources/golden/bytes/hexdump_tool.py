# A hexdump tool in the style of `hexdump -C`: offsets, 16 bytes per row split in two groups, an ASCII
# column, collapsing of repeated rows with '*', and a reverse parser that rebuilds the bytes.
def printable(b):
    return chr(b) if 32 <= b < 127 else "."


def hexdump(data, width=16):
    lines = []
    prev = None
    starred = False
    for off in range(0, len(data), width):
        chunk = bytes(data[off:off + width])
        if chunk == prev and off + width < len(data):
            if not starred:
                lines.append("*")
                starred = True
            continue
        starred = False
        prev = chunk
        hexes = ["%02x" % b for b in chunk]
        left = " ".join(hexes[:8])
        right = " ".join(hexes[8:])
        cells = "%-23s  %-23s" % (left, right)
        lines.append("%08x  %s  |%s|" % (off, cells, "".join(printable(b) for b in chunk)))
    lines.append("%08x" % len(data))
    return lines


def parse(lines):
    out = bytearray()
    for line in lines:
        if line == "*" or "|" not in line:
            continue
        body = line[10:line.index("|")]
        out.extend(bytes(int(h, 16) for h in body.split()))
    return bytes(out)


data = b"MicroPython on the JVM\x00\x01\x02\x7f\x80\xfe\xff" + bytes(range(32, 48)) + b"\x00" * 40 + b"end\n"
lines = hexdump(data)
for line in lines:
    print(line)
print(len(data), parse(lines) == data.replace(b"\x00" * 32, b"") or "collapsed rows are not restored")
for line in hexdump(b"short"):
    print(line)
print(hexdump(b""))
