# Processing a multi-line "file" held in a string with generator chains: grep, cut, sort, uniq -c.
TEXT = """alice,admin,2024-01-03
bob,user,2024-01-05
carol,user,2024-01-05
dave,guest,2024-02-11
erin,admin,2024-02-14
frank,user,2024-03-01
grace,user,2024-03-01
"""
lines = (l for l in TEXT.split("\n") if l)
fields = (l.split(",") for l in lines)
users = [f for f in fields if f[1] == "user"]
print([u[0] for u in users])
months = (f[2][:7] for f in (l.split(",") for l in TEXT.split("\n") if l))
counts = {}
for m in months:
    counts[m] = counts.get(m, 0) + 1
for m in sorted(counts):
    print("%7d %s" % (counts[m], m))
roles = sorted(set(l.split(",")[1] for l in TEXT.split("\n") if l))
print(roles)
first_admin = next(l for l in TEXT.split("\n") if ",admin," in l)
print(first_admin)
print(sum(1 for _ in (l for l in TEXT.split("\n") if l)))
print(max((l.split(",") for l in TEXT.split("\n") if l), key=lambda f: (f[2], f[0]))[0])
