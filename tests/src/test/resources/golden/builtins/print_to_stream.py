# print(file=...) to io.StringIO and sys.stdout; a plain object with write() is not a stream here.
import io

class Collector:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)

c = Collector()
try:
    print("hello", "world", file=c)  # MicroPython's print needs a real stream object
except OSError as e:
    print("OSError:", e)
c.write("direct call works")
print(c.parts)
buf = io.StringIO()
print("line one", file=buf)
print("line", "two", sep="_", file=buf)
print(repr(buf.getvalue()))
print("to stdout again")
import sys
print("explicit stdout", file=sys.stdout)
sys.stdout.write("written directly\n")
