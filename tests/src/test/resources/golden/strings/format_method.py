# str.format: positional, keyword, indexing, attribute access, alignment and fill.
print("{} {} {}".format(1, "two", 3.0))
print("{2} {1} {0} {1}".format("a", "b", "c"))
print("{name} is {age} years".format(name="Ann", age=30))
try:
    print("{0[1]} {1[key]}".format([10, 20], {"key": "v"}))
except NotImplementedError as e:  # no item lookup inside format fields either
    print("NotImplementedError:", e)

class P:
    x = 4
    y = 5

try:
    print("{0.x},{0.y}".format(P()))
except NotImplementedError as e:  # MicroPython's format has no attribute lookup
    print("NotImplementedError:", e)
print("[{:<8}] [{:>8}] [{:^8}] [{:*^9}] [{:->6}]".format("l", "r", "c", "mid", 42))
print("{:+d} {:+d} {: d} {: d}".format(5, -5, 5, -5))
print("{:5.1f}|{:<7.3f}|{:08.2f}|{:.0f}|{:.0f}".format(3.14159, 2.5, -1.5, 2.5, 3.5))
print("{:x} {:X} {:#x} {:o} {:b} {:08b}".format(255, 255, 255, 8, 5, 5))
print("{:%}".format(0.25), "{:.1%}".format(0.1234))
print("{:,}".format(1234567), "{:,}".format(-1000))
print("{:e} {:.2e} {:g} {:g} {:g}".format(12345.678, 0.000123, 1e-5, 123456789.0, 0.5))
print("{!r} {!s}".format("q", "q"))
print("{:s}".format("plain"), "{:10s}|".format("pad"))
print("{:>{w}}".format("x", w=5), "{:.{p}f}".format(1 / 3, p=4))
print("{}{{}}{}".format(1, 2))
for bad in ("{", "{0} {}", "{:d}"):
    try:
        print(bad.format(1.5))
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__, e)
