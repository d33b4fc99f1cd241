# Loan amortization schedules and savings plans with formatted tables in integer cents (no float drift in totals).
def payment_cents(principal, annual_rate_bp, months):
    # rate in basis points per year; compute with floats, round once to cents
    r = annual_rate_bp / 10000 / 12
    if r == 0:
        return -(-principal // months)
    p = principal * r / (1 - (1 + r) ** -months)
    return int(p + 0.5)

def money(c):
    sign = "-" if c < 0 else ""
    c = abs(c)
    return "%s%d.%02d" % (sign, c // 100, c % 100)

def schedule(principal, rate_bp, months, extra=0):
    pay = payment_cents(principal, rate_bp, months)
    bal = principal
    rows = []
    total_int = 0
    m = 0
    while bal > 0 and m < 600:
        m += 1
        interest = (bal * rate_bp + 60000) // 120000
        princ = min(pay + extra - interest, bal)
        bal -= princ
        total_int += interest
        rows.append((m, interest + princ, interest, princ, bal))
    return pay, rows, total_int

def print_schedule(title, principal, rate_bp, months, extra=0, show=6):
    pay, rows, total_int = schedule(principal, rate_bp, months, extra)
    print("== %s: %s at %.2f%% over %d months, payment %s%s" % (
        title, money(principal), rate_bp / 100, months, money(pay), (" + " + money(extra)) if extra else ""))
    print("%5s %12s %10s %12s %14s" % ("month", "payment", "interest", "principal", "balance"))
    for r in rows[:show]:
        print("%5d %12s %10s %12s %14s" % (r[0], money(r[1]), money(r[2]), money(r[3]), money(r[4])))
    if len(rows) > show:
        print("%5s" % "...")
        r = rows[-1]
        print("%5d %12s %10s %12s %14s" % (r[0], money(r[1]), money(r[2]), money(r[3]), money(r[4])))
    print("months %d, total interest %s, total paid %s" % (len(rows), money(total_int), money(sum(r[1] for r in rows))))
    return total_int

a = print_schedule("car", 1850000, 549, 48)
b = print_schedule("car+extra", 1850000, 549, 48, extra=10000)
print("extra payments save", money(a - b))
print_schedule("zero-rate", 120000, 0, 7, show=10)
print_schedule("short", 50000, 1200, 3)

# compound savings: monthly deposit with yearly summary
bal = 0
rate_bp = 300
print("year      deposits      interest       balance")
dep_total = 0
int_total = 0
for year in range(1, 6):
    for _ in range(12):
        bal += 25000
        dep_total += 25000
        i = (bal * rate_bp + 60000) // 120000
        bal += i
        int_total += i
    print("%4d %13s %13s %13s" % (year, money(dep_total), money(int_total), money(bal)))
print("{:>10,}".format(bal // 100), "{:.1%}".format(int_total / dep_total))
