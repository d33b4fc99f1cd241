class A:
    def __len__(self): return 0.0
class B:
    def __len__(self): return False
class C:
    def __len__(self): return 0
class D:
    def __len__(self): return 3
for o in (A(), B(), C(), D()):
    print(type(o).__name__, bool(o), "yes" if o else "no", not o)
