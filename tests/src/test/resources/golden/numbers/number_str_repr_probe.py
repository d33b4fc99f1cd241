# str/repr of numbers in containers and formatting of ints with every base and width option.
vals = [0, 7, -7, 255, -256, 2 ** 31, -(2 ** 63), 10 ** 18]
for v in vals:
    print("%d|%5d|%-5d|%05d|%x|%X|%o|%+d" % (v, v, v, v, v, v, v, v))
    print("{:d}|{:>8}|{:<8}|{:^8}|{:08}|{:#x}|{:#o}|{:b}".format(v, v, v, v, v, v, v, v & 0xFF))
print([1.0, 2.5, -0.0, 1e100], (1e-10,), {"f": 0.1}, repr([1.5, 2]), str((1.0,)))
print(str(123456789012345678901234567890), repr(-10 ** 25), "%s %r" % (2 ** 64, 2 ** 64))
print("{:,}".format(-1234567.0) if False else "{:,}".format(-1234567), "{:_x}".format(0xFFFFFFFF), "{:,d}".format(0))
print("%.3d|%.0d|%5.2d|" % (7, 0, 3), "%x" % -255, "%#X" % 255, "%o" % -8)
