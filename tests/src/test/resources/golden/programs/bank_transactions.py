# A small bank ledger: accounts with overdraft limits, transfers, interest posting, audit trail and statements.
class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__("%s cannot pay %s" % (account.number, fmt(amount)))
        self.shortfall = amount - account.available()

class AccountFrozen(Exception):
    pass

def fmt(cents):
    s = "-" if cents < 0 else ""
    cents = abs(cents)
    return "%s%d.%02d" % (s, cents // 100, cents % 100)

class Account:
    next_number = 1000

    def __init__(self, owner, overdraft=0):
        self.owner = owner
        self.number = "AC%d" % Account.next_number
        Account.next_number += 1
        self.balance = 0
        self.overdraft = overdraft
        self.frozen = False
        self.entries = []

    def available(self):
        return self.balance + self.overdraft

    def _post(self, amount, memo):
        if self.frozen:
            raise AccountFrozen(self.number)
        self.balance += amount
        self.entries.append((memo, amount, self.balance))

    def deposit(self, amount, memo="deposit"):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._post(amount, memo)

    def withdraw(self, amount, memo="withdrawal"):
        if amount > self.available():
            raise InsufficientFunds(self, amount)
        self._post(-amount, memo)

class Bank:
    def __init__(self):
        self.accounts = {}
        self.audit = []

    def open(self, owner, overdraft=0):
        a = Account(owner, overdraft)
        self.accounts[a.number] = a
        self.audit.append("open %s for %s" % (a.number, owner))
        return a

    def transfer(self, src, dst, amount):
        try:
            src.withdraw(amount, "to " + dst.number)
            try:
                dst.deposit(amount, "from " + src.number)
            except AccountFrozen:
                src.deposit(amount, "reversal")
                raise
        except (InsufficientFunds, AccountFrozen) as e:
            self.audit.append("FAILED transfer %s: %s" % (fmt(amount), e))
            return False
        self.audit.append("transfer %s %s->%s" % (fmt(amount), src.number, dst.number))
        return True

    def post_interest(self, rate_bp):
        for num in sorted(self.accounts):
            a = self.accounts[num]
            if a.balance > 0 and not a.frozen:
                interest = a.balance * rate_bp // 10000
                if interest:
                    a.deposit(interest, "interest")
            elif a.balance < 0:
                fee = (-a.balance) * 2 * rate_bp // 10000 + 100
                a._post(-fee, "overdraft fee")

    def statement(self, a):
        print("Statement %s (%s)" % (a.number, a.owner))
        for memo, amt, bal in a.entries:
            print("  %-14s %10s %10s" % (memo, fmt(amt), fmt(bal)))
        print("  %-14s %21s" % ("closing", fmt(a.balance)))

bank = Bank()
alice = bank.open("alice")
bob = bank.open("bob", overdraft=5000)
carol = bank.open("carol")
alice.deposit(120000)
bob.deposit(2500)
print(bank.transfer(alice, bob, 30000), bank.transfer(bob, carol, 36000), bank.transfer(bob, carol, 40000))
carol.frozen = True
print(bank.transfer(alice, carol, 1000))
carol.frozen = False
try:
    alice.deposit(-5)
except ValueError as e:
    print("ValueError:", e)
try:
    carol.withdraw(10 ** 6)
except InsufficientFunds as e:
    print("InsufficientFunds:", e, "short by", fmt(e.shortfall))
bank.post_interest(150)
for a in (alice, bob, carol):
    bank.statement(a)
print("\n".join(bank.audit))
total = sum(a.balance for a in bank.accounts.values())
print("bank total", fmt(total))
