# time: only deterministic parts (conversions, ticks arithmetic), never the clock's value.
import time
t = time.gmtime(0) if hasattr(time, "gmtime") else time.localtime(0)
print(t[:6], len(t))
print(time.localtime(1700000000)[:6] if False else time.gmtime(1700000000)[:8])
print(time.gmtime(946684800)[:6], time.gmtime(1709209845)[:7])
print(time.ticks_diff(100, 50), time.ticks_diff(50, 100), time.ticks_add(10, 20))
a = time.ticks_ms()
b = time.ticks_add(a, 250)
print(time.ticks_diff(b, a))
t0 = time.ticks_us()
time.sleep_ms(1)
print(time.ticks_diff(time.ticks_us(), t0) >= 0)
print(type(time.time()).__name__ in ("int", "float"), time.time_ns() > 0 if hasattr(time, "time_ns") else True)
