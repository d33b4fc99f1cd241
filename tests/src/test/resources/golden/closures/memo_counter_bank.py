# Closures as objects: a bank account implemented with closures and a dispatch dictionary.
def make_account(owner, balance=0):
    history = []

    def deposit(amount):
        nonlocal balance
        if amount <= 0:
            raise ValueError("bad amount")
        balance += amount
        history.append(("+", amount))
        return balance

    def withdraw(amount):
        nonlocal balance
        if amount > balance:
            raise ValueError("insufficient funds for %s" % owner)
        balance -= amount
        history.append(("-", amount))
        return balance

    def statement():
        lines = ["%s: %s%d" % (owner, sign, amt) for sign, amt in history]
        lines.append("%s balance %d" % (owner, balance))
        return lines

    return {"deposit": deposit, "withdraw": withdraw, "statement": statement, "balance": lambda: balance}

a = make_account("ann", 100)
b = make_account("bob")
print(a["deposit"](50), b["deposit"](10), a["withdraw"](30))
for acct, amount in ((b, 20), (a, 500), (b, 5)):
    try:
        print("withdrew, left", acct["withdraw"](amount))
    except ValueError as e:
        print("ValueError:", e)
print("\n".join(a["statement"]()))
print("\n".join(b["statement"]()))
print(a["balance"](), b["balance"]())
