# global and nonlocal declarations interacting across nesting levels.
x = "global x"
count = 0

def outer():
    x = "outer x"
    def middle():
        nonlocal x
        x = "changed by middle"
        def inner():
            global x
            x = "changed by inner"
            return x
        return inner()
    r = middle()
    return r, x

print(outer(), x)

def make():
    total = 0
    def add(n):
        global count
        nonlocal total
        total += n
        count += 1
        return total
    return add

a = make()
b = make()
print(a(1), a(2), b(10), a(3), count)

def read_only():
    return count * 2

print(read_only())

def shadow_param(count):
    count += 100
    return count

print(shadow_param(1), count)
