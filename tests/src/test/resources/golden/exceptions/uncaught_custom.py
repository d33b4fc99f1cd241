# exit: 1
# An uncaught user-defined exception with several arguments, raised from a nested function.
class TransferError(Exception):
    pass

def transfer(balance, amount):
    def check():
        if amount > balance:
            raise TransferError("insufficient funds", balance, amount)
    check()
    return balance - amount

b = 100
for amt in (30, 50, 40):
    b = transfer(b, amt)
    print("balance", b)
