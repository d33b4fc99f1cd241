# A connection pool handing out objects through context managers; leases are returned even when the body fails.
class PoolExhausted(Exception):
    pass

class Connection:
    def __init__(self, cid):
        self.cid = cid
        self.queries = 0
        self.healthy = True

    def query(self, sql):
        if not self.healthy:
            raise OSError("conn %d is broken" % self.cid)
        self.queries += 1
        if "DROP" in sql:
            self.healthy = False
            raise ValueError("refused: " + sql)
        return "conn%d:%s" % (self.cid, sql.split()[0].lower())

class Lease:
    def __init__(self, pool):
        self.pool = pool
        self.conn = None

    def __enter__(self):
        self.conn = self.pool.acquire()
        return self.conn

    def __exit__(self, et, ev, tb):
        self.pool.release(self.conn, failed=et is not None)
        return et is ValueError

class Pool:
    def __init__(self, size):
        self.free = [Connection(i) for i in range(size)]
        self.busy = []
        self.next_id = size
        self.events = []

    def acquire(self):
        if not self.free:
            raise PoolExhausted("all %d connections busy" % len(self.busy))
        c = self.free.pop(0)
        self.busy.append(c)
        self.events.append("acquire %d" % c.cid)
        return c

    def release(self, c, failed=False):
        self.busy.remove(c)
        if failed and not c.healthy:
            self.events.append("discard %d" % c.cid)
            c = Connection(self.next_id)
            self.next_id += 1
        self.free.append(c)
        self.events.append("release %d%s" % (c.cid, " after error" if failed else ""))

    def lease(self):
        return Lease(self)

pool = Pool(2)
with pool.lease() as c:
    print(c.query("SELECT 1"))
with pool.lease() as c1:
    with pool.lease() as c2:
        print(c1.query("SELECT a"), c2.query("UPDATE b"))
        try:
            with pool.lease():
                pass
        except PoolExhausted as e:
            print("PoolExhausted:", e)
with pool.lease() as c:
    c.query("DROP TABLE x")
print("suppressed ValueError, healthy pool:", [x.cid for x in pool.free])
try:
    with pool.lease() as c:
        c.healthy = False
        c.query("SELECT 2")
except OSError as e:
    print("OSError:", e)
print("\n".join(pool.events))
print("free", [(x.cid, x.queries) for x in pool.free], "busy", pool.busy)
