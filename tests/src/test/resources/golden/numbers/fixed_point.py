# Fixed-point arithmetic (Q16.16) as used on microcontrollers without an FPU.
SHIFT = 16
ONE = 1 << SHIFT

def to_fix(x):
    return int(round(x * ONE))

def from_fix(f):
    return f / ONE

def fmul(a, b):
    return (a * b) >> SHIFT

def fdiv(a, b):
    return (a << SHIFT) // b

def fsqrt(a):
    if a < 0:
        raise ValueError("negative")
    x = a if a > ONE else ONE
    for _ in range(20):
        x = (x + fdiv(a, x)) >> 1
    return x

vals = [1.5, -2.25, 3.14159, 0.001, 100.0]
fixed = [to_fix(v) for v in vals]
print(fixed)
print(["%.5f" % from_fix(f) for f in fixed])
print("%.5f" % from_fix(fmul(to_fix(1.5), to_fix(-2.25))), "%.5f" % from_fix(fdiv(to_fix(10), to_fix(3))))
print(["%.4f" % from_fix(fsqrt(to_fix(v))) for v in (2, 9, 0.25, 1000)])
acc = 0
for i in range(1, 11):
    acc += fdiv(ONE, to_fix(i))
print("harmonic(10) ~ %.5f" % from_fix(acc))
print(hex(to_fix(0.5)), hex(to_fix(-1) & 0xFFFFFFFF), fmul(-ONE, -ONE) == ONE)
