# Deterministic time functions: gmtime of fixed epochs (leap years, month ends), ticks_add/ticks_diff
# wrap-around arithmetic on made-up tick values, and a deadline helper built on them.
import time

for t in (0, 86399, 86400, 951782400, 951868800, 1709164800, 1234567890, 2147483647):
    tm = time.gmtime(t)
    print(t, tm[:6], tm[6], tm[7])
print(time.ticks_diff(100, 90), time.ticks_diff(90, 100), time.ticks_diff(time.ticks_add(5, -10), 5))
big = time.ticks_add(0, -1)
print(big > 0, time.ticks_diff(0, big), time.ticks_diff(big, 0), time.ticks_add(big, 1))
# the tick period is 2**30 on 32-bit ports and 2**62 on 64-bit ones, so only small distances are printed
near = time.ticks_add(0, 10 ** 6)
print(time.ticks_diff(near, 0), time.ticks_diff(time.ticks_add(near, -(10 ** 6) - 5), near))


class Deadline:
    def __init__(self, now, timeout):
        self.end = time.ticks_add(now, timeout)

    def remaining(self, now):
        return max(0, time.ticks_diff(self.end, now))

    def expired(self, now):
        return time.ticks_diff(now, self.end) >= 0


start = time.ticks_add(0, -50)
d = Deadline(start, 120)
for step in (0, 40, 80, 119, 120, 200):
    now = time.ticks_add(start, step)
    print(step, d.remaining(now), d.expired(now))
DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
print([DAYS[time.gmtime(86400 * k)[6]] for k in range(7)])
