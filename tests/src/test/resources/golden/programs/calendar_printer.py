# Prints month calendars using only integer arithmetic (Zeller-like weekday computation).
def is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)

def days_in_month(y, m):
    if m == 2:
        return 29 if is_leap(y) else 28
    return 30 if m in (4, 6, 9, 11) else 31

def weekday(y, m, d):
    # 0 = Monday ... 6 = Sunday (Sakamoto's method)
    t = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4]
    if m < 3:
        y -= 1
    return (y + y // 4 - y // 100 + y // 400 + t[m - 1] + d + 6) % 7

MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]

def month_lines(y, m):
    lines = [("%s %d" % (MONTHS[m - 1], y)).center(20).rstrip(), "Mo Tu We Th Fr Sa Su"]
    first = weekday(y, m, 1)
    cells = ["  "] * first + ["%2d" % d for d in range(1, days_in_month(y, m) + 1)]
    for i in range(0, len(cells), 7):
        lines.append(" ".join(cells[i:i + 7]).rstrip())
    return lines

for y, m in ((2024, 2), (2000, 1), (1999, 12)):
    print("\n".join(month_lines(y, m)))
    print()
print([is_leap(y) for y in (1900, 2000, 2023, 2024)])
print(["Mo Tu We Th Fr Sa Su".split()[weekday(*d)] for d in ((1970, 1, 1), (2000, 1, 1), (2024, 2, 29))])
fridays = [(y, m) for y in range(2024, 2026) for m in range(1, 13) if weekday(y, m, 13) == 4]
print("Friday 13ths:", fridays)
print(sum(days_in_month(2024, m) for m in range(1, 13)), sum(days_in_month(2023, m) for m in range(1, 13)))
