# readsize/progsize/lookahead keywords reach littlefs: every read is a multiple of readsize,
# every program a multiple of progsize, and all stay inside one block (extended protocol only).
import os
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


class CheckingDev(RAMBlockDevice):
    def __init__(self, bs, n, rs, ps):
        super().__init__(bs, n)
        self.rs = rs
        self.ps = ps
        self.bad = []
        self.reads = self.progs = self.erases = 0

    def readblocks(self, block, buf, off=None):
        if off is None or len(buf) % self.rs or off + len(buf) > self.block_size:
            self.bad.append(("read", block, len(buf), off))
        self.reads += 1
        super().readblocks(block, buf, off or 0)

    def writeblocks(self, block, buf, off=None):
        if off is None or len(buf) % self.ps or off % self.ps or off + len(buf) > self.block_size:
            self.bad.append(("prog", block, len(buf), off))
        self.progs += 1
        super().writeblocks(block, buf, 0 if off is None else off)

    def ioctl(self, op, arg):
        if op == 6:
            self.erases += 1
        return super().ioctl(op, arg)


for bs, rs, ps, la in ((512, 32, 32, 32), (512, 64, 128, 8), (4096, 16, 256, 64), (1024, 128, 64, 16)):
    bdev = CheckingDev(bs, 40, rs, ps)
    vfs.VfsLfs2.mkfs(bdev, readsize=rs, progsize=ps, lookahead=la)
    fs = vfs.VfsLfs2(bdev, readsize=rs, progsize=ps, lookahead=la)
    vfs.mount(fs, "/k")
    for i in range(5):
        with open("/k/f%d" % i, "wb") as f:
            f.write(bytes([i]) * (700 * i + 10))
    ok = all(open("/k/f%d" % i, "rb").read() == bytes([i]) * (700 * i + 10) for i in range(5))
    print(bs, rs, ps, la, ok, bdev.bad, bdev.reads > 0, bdev.progs > 0, bdev.erases > 0)
    vfs.umount("/k")
