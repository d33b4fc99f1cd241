# Functions with defaults, keyword arguments, *args and **kwargs.
def describe(name, age=30, *hobbies, city="nowhere", **extra):
    parts = [name, str(age), city]
    if hobbies:
        parts.append("hobbies=" + ",".join(hobbies))
    for key in sorted(extra):
        parts.append(key + "=" + str(extra[key]))
    return " | ".join(parts)

print(describe("ann"))
print(describe("bob", 41))
print(describe("cy", 22, "chess", "go"))
print(describe("di", city="oslo"))
print(describe("ed", 50, "ski", city="bern", pet="cat", car=None))
args = ("fay", 19, "run")
kwargs = {"city": "rome", "lang": "it"}
print(describe(*args, **kwargs))

def counter(start=0, step=1):
    return [start + step * i for i in range(4)]

print(counter(), counter(10), counter(step=5), counter(step=-1, start=3))

def mutable_default(item, bucket=[]):
    bucket.append(item)
    return bucket

print(mutable_default(1), mutable_default(2), mutable_default(3, []))
try:
    describe()
except TypeError as e:
    print("TypeError:", e)
try:
    describe("x", city="a", **{"city": "b"})
except TypeError as e:
    print("TypeError:", e)
