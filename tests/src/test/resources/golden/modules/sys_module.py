# sys: the parts that are the same on the unix port and the wasm build.
import sys
print(sys.implementation.name, sys.implementation.version[:2] >= (1, 0))
print(sys.byteorder, sys.maxsize >= 2 ** 31 - 1, type(sys.maxsize).__name__)
print(sys.version.startswith("3.4"), "MicroPython" in sys.version)
print(type(sys.path).__name__, type(sys.argv).__name__, "sys" in sys.modules, "__main__" in sys.modules)
print(sys.stdout is not None, hasattr(sys.stdout, "write"), hasattr(sys, "exit"), hasattr(sys, "print_exception"))
sys.stdout.write("via sys.stdout.write\n")
n = sys.stdout.write("count me")
print()
print(n)
import json
# built-in modules are not entered in sys.modules by MicroPython
print("json" in sys.modules, type(sys.modules).__name__)
