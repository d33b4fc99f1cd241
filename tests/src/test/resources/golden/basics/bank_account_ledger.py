# A bank ledger: accounts in a dict, transfers with validation errors, interest in integer cents,
# a statement per account and a reconciliation that totals never change on transfers.
class InsufficientFunds(Exception):
    pass


accounts = {"alice": 10000, "bob": 2500, "carol": 0}
history = []


def transfer(src, dst, cents):
    if cents <= 0:
        raise ValueError("amount must be positive")
    if src not in accounts or dst not in accounts:
        raise KeyError(src if src not in accounts else dst)
    if accounts[src] < cents:
        raise InsufficientFunds("%s has %d, needs %d" % (src, accounts[src], cents))
    accounts[src] -= cents
    accounts[dst] += cents
    history.append((src, dst, cents))


total_before = sum(accounts.values())
for args in (("alice", "bob", 1500), ("bob", "carol", 5000), ("carol", "alice", 0), ("dave", "bob", 1),
             ("bob", "carol", 3999), ("alice", "alice", 100)):
    try:
        transfer(*args)
        print("ok   ", args)
    except InsufficientFunds as e:
        print("funds", args, e)
    except (ValueError, KeyError) as e:
        print("error", args, type(e).__name__, e)
print(accounts, sum(accounts.values()) == total_before)
for name in sorted(accounts):
    cents = accounts[name]
    interest = cents * 125 // 10000
    accounts[name] += interest
    print("%-6s %8.2f + %6.2f" % (name, cents / 100, interest / 100))
for name in sorted(accounts):
    lines = [(s, d, c) for s, d, c in history if name in (s, d)]
    print(name, ["%s%d" % ("-" if s == name else "+", c) for s, d, c in lines])
