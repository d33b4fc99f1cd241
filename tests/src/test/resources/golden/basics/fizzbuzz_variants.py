# FizzBuzz written several ways; all variants must agree.
def v1(n):
    out = []
    for i in range(1, n + 1):
        if i % 15 == 0:
            out.append("FizzBuzz")
        elif i % 3 == 0:
            out.append("Fizz")
        elif i % 5 == 0:
            out.append("Buzz")
        else:
            out.append(str(i))
    return out

def v2(n):
    return ["Fizz" * (i % 3 == 0) + "Buzz" * (i % 5 == 0) or str(i) for i in range(1, n + 1)]

def v3(n):
    rules = ((3, "Fizz"), (5, "Buzz"))
    def word(i):
        s = "".join(w for d, w in rules if i % d == 0)
        return s if s else str(i)
    return list(map(word, range(1, n + 1)))

def v4(n):
    i = 0
    while i < n:
        i += 1
        yield {0: "FizzBuzz", 3: "Fizz", 5: "Buzz", 6: "Fizz", 9: "Fizz", 10: "Buzz", 12: "Fizz"}.get(i % 15, str(i))

a = v1(30)
print(" ".join(a))
print(a == v2(30) == v3(30) == list(v4(30)))
print(sum(1 for w in v1(100) if w == "FizzBuzz"), v1(100).count("Fizz"), v1(100).count("Buzz"))
