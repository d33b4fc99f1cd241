# Blocks indented with tabs or with different numbers of spaces, and one-line suites.
def tabbed(n):
	if n > 0:
		return "positive"
	else:
		return "non-positive"

def two_spaces(n):
  total = 0
  for i in range(n):
    total += i
  return total

def one_line(x): return x * 2
class Tiny: pass
if True: print("one-line if")
for i in range(2): print("loop", i)
while False: pass
print(tabbed(3), tabbed(-1), two_spaces(5), one_line(21), Tiny.__name__)
x = 1; y = 2; z = x + y
print(x, y, z)
