# open() mode letters on VfsFat (flags are OR-ed, unknown letters ignored).
import os
import vfs

class RAMBlockDev:
    def __init__(self, block_size, num_blocks):
        self.block_size = block_size
        self.data = bytearray(block_size * num_blocks)

    def readblocks(self, block_num, buf):
        addr = block_num * self.block_size
        buf[:] = self.data[addr : addr + len(buf)]

    def writeblocks(self, block_num, buf):
        addr = block_num * self.block_size
        self.data[addr : addr + len(buf)] = buf

    def ioctl(self, op, arg):
        if op == 4:  # block count
            return len(self.data) // self.block_size
        if op == 5:  # block size
            return self.block_size

bdev = RAMBlockDev(512, 64)
vfs.VfsFat.mkfs(bdev)
vfs.mount(vfs.VfsFat(bdev), "/fat")
os.chdir("/fat")


def show(name):
    with open(name, "rb") as f:
        print(name, f.read())


with open("m.txt", "w") as f:
    f.write("hello")
show("m.txt")

try:
    open("m.txt", "x")
except OSError as e:
    print("x existing:", e)
with open("new.txt", "x") as f:
    f.write("made by x")
show("new.txt")

# 'a' seeks to the end once when opening; a later seek moves the write position.
with open("m.txt", "a") as f:
    print(f.tell())
    f.write(" world")
    f.seek(0)
    f.write("J")
show("m.txt")

with open("m.txt", "r+") as f:
    print(f.read(2))
    f.write("--")
show("m.txt")

with open("m.txt", "w+") as f:
    print(repr(f.read()))
    f.write("fresh")
    f.seek(0)
    print(f.read())

with open("m.txt", "a+") as f:
    f.write("!")
    f.seek(0)
    print(f.read())

with open("m.txt", "rq") as f:
    print(f.read())
with open("m.txt", "") as f:
    print(f.read())
# 'w' in 'rw' still truncates.
with open("m.txt", "rw") as f:
    print(repr(f.read(3)))
    f.write("rw")
show("m.txt")

f = open("m.txt", "r")
try:
    f.write("no")
except OSError as e:
    print("write on r:", e)
f.close()
f = open("m.txt", "w")
try:
    f.read()
except OSError as e:
    print("read on w:", e)
f.close()
show("m.txt")
with open("m.txt", "ab") as f:
    print(type(f).__name__, f.write(b"\x00\x01"))
show("m.txt")
