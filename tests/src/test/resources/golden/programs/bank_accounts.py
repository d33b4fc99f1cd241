# A bank simulation: accounts, transfers, overdraft rules, interest and an audit log.
class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__("%s cannot pay %d" % (account.owner, amount))
        self.account = account
        self.amount = amount

class Account:
    next_id = 1000

    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.id = Account.next_id
        Account.next_id += 1
        self.history = []

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("dep", amount))

    def withdraw(self, amount):
        if amount > self.available():
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(("wd", amount))

    def available(self):
        return self.balance

    def month_end(self):
        pass

    def __repr__(self):
        return "<%s #%d %s: %d>" % (type(self).__name__, self.id, self.owner, self.balance)

class Checking(Account):
    def __init__(self, owner, balance=0, overdraft=100):
        super().__init__(owner, balance)
        self.overdraft = overdraft

    def available(self):
        return self.balance + self.overdraft

    def month_end(self):
        if self.balance < 0:
            fee = 5 + (-self.balance) // 10
            self.balance -= fee
            self.history.append(("fee", fee))

class Savings(Account):
    rate_permille = 15

    def month_end(self):
        interest = self.balance * self.rate_permille // 1000
        if interest:
            self.balance += interest
            self.history.append(("int", interest))

class Bank:
    def __init__(self):
        self.accounts = {}
        self.log = []

    def open(self, cls, owner, *args):
        acc = cls(owner, *args)
        self.accounts[acc.id] = acc
        self.log.append("open %d" % acc.id)
        return acc

    def transfer(self, src, dst, amount):
        try:
            self.accounts[src].withdraw(amount)
        except InsufficientFunds as e:
            self.log.append("DENIED %d->%d %d" % (src, dst, amount))
            return str(e)
        except KeyError as e:
            self.log.append("NOACCOUNT %s" % e)
            return "no account %s" % e
        self.accounts[dst].deposit(amount)
        self.log.append("ok %d->%d %d" % (src, dst, amount))
        return "ok"

    def month_end(self):
        for acc_id in sorted(self.accounts):
            self.accounts[acc_id].month_end()

    def total(self):
        return sum(a.balance for a in self.accounts.values())

bank = Bank()
alice = bank.open(Checking, "alice", 500)
bob = bank.open(Savings, "bob", 2000)
carol = bank.open(Checking, "carol", 50, 0)
print(alice, bob, carol)
transfers = [(1000, 1001, 200), (1002, 1000, 80), (1000, 1002, 350), (1000, 1001, 60), (1001, 1002, 999), (1003, 1000, 1)]
for src, dst, amt in transfers:
    print("transfer", src, dst, amt, "->", bank.transfer(src, dst, amt))
try:
    bob.deposit(-5)
except ValueError as e:
    print("ValueError:", e)
for month in range(1, 4):
    bank.month_end()
    print("month", month, sorted((a.id, a.balance) for a in bank.accounts.values()))
for acc in sorted(bank.accounts.values(), key=lambda a: a.id):
    print(acc, acc.history)
print("total", bank.total())
print("\n".join(bank.log))
