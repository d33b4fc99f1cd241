# micropython module: const values, opt_level, and const names used in expressions.
import micropython
from micropython import const
LED_PIN = const(2)
MASK = const(0xF0 | 0x0F)
_PRIVATE = const(100)
SHIFTED = const(LED_PIN << 4)
print(LED_PIN, MASK, _PRIVATE * 2, SHIFTED)
print(micropython.opt_level() >= 0, callable(micropython.mem_info), hasattr(micropython, "heap_lock"))
print(micropython.const(7), micropython.const("text"))

def uses_const(x):
    return (x & MASK) + LED_PIN

print([uses_const(v) for v in (0, 255, 256, 4096 + 15)])
