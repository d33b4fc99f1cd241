# A closed VfsLfs2 file: read/write/seek/flush raise ValueError with no message; close is idempotent.
import vfs

class RAMBlockDevice:
    def __init__(self, block_size, num_blocks):
        self.block_size = block_size
        self.data = bytearray(b"\xff" * (block_size * num_blocks))

    def readblocks(self, block, buf, off=0):
        addr = block * self.block_size + off
        buf[:] = self.data[addr : addr + len(buf)]

    def writeblocks(self, block, buf, off=None):
        if off is None:
            # Simple protocol: whole blocks, erased first.
            for i in range(len(buf) // self.block_size):
                self.ioctl(6, block + i)
            off = 0
        addr = block * self.block_size + off
        self.data[addr : addr + len(buf)] = buf

    def ioctl(self, op, arg):
        if op == 4:  # block count
            return len(self.data) // self.block_size
        if op == 5:  # block size
            return self.block_size
        if op == 6:  # erase
            addr = arg * self.block_size
            self.data[addr : addr + self.block_size] = b"\xff" * self.block_size
            return 0

bdev = RAMBlockDevice(512, 50)
vfs.VfsLfs2.mkfs(bdev)
vfs.mount(vfs.VfsLfs2(bdev), "/lfs")
f = open("/lfs/c.txt", "w")
f.write("data")
f.flush()
f.close()
f.close()
for label, action in (
    ("read", lambda: f.read()),
    ("write", lambda: f.write("x")),
    ("seek", lambda: f.seek(0)),
    ("flush", lambda: f.flush()),
):
    try:
        action()
        print(label, "ok")
    except ValueError as e:
        print(label, "ValueError", e.args)
with open("/lfs/c.txt") as g:
    print(g.read())
print(g)
