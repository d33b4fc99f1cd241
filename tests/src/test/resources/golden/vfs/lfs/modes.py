# open() modes on VfsLfs2: append always writes at the end, one of r/w/x/a only, '+' must come after.
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

bdev = RAMBlockDevice(512, 50)
vfs.VfsLfs2.mkfs(bdev)
vfs.mount(vfs.VfsLfs2(bdev), "/lfs")
os.chdir("/lfs")


def show(name):
    with open(name, "rb") as f:
        print(name, f.read())


with open("m.txt", "w") as f:
    f.write("hello")
with open("m.txt", "a") as f:
    print(f.tell())
    f.write(" world")
    f.seek(0)
    f.write("!")
show("m.txt")
with open("m.txt", "a+") as f:
    f.write("?")
    f.seek(0)
    print(f.read())
with open("m.txt", "r+") as f:
    f.write("J")
    print(f.read(4))
show("m.txt")
with open("m.txt", "w+") as f:
    print(repr(f.read()))
    f.write("new")
    print(f.seek(0), f.read())
try:
    open("m.txt", "x")
except OSError as e:
    print("x:", e)
with open("x.txt", "xb") as f:
    print(type(f).__name__, f.write(b"x"))
for mode in ("rw", "wa", "+r", "+w", "ra"):
    try:
        open("m.txt", mode)
        print(mode, "ok")
    except ValueError as e:
        print(mode, "ValueError", repr(e.args))
# littlefs quirks kept by MicroPython: writing a file opened for reading works, reading a write-only file gives ''.
with open("m.txt", "r") as f:
    print(f.write("NE"))
show("m.txt")
with open("m.txt", "w") as f:
    print(repr(f.read()))
    f.write("abc")
with open("m.txt", "rq") as f:
    print(f.read())
with open("m.txt", "") as f:
    print(f.read())
