# Text files on VfsFat: write, read, read(n), readline, readlines, iteration.
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

bdev = RAMBlockDev(512, 128)
vfs.VfsFat.mkfs(bdev)
vfs.mount(vfs.VfsFat(bdev), "/fat")

with open("/fat/lines.txt", "w") as f:
    print(f.write("first line\n"))
    print(f.write("second\n"))
    print(f.write("third, no newline"))

with open("/fat/lines.txt") as f:
    print(repr(f.read(5)))
    print(repr(f.readline()))
    print(repr(f.readline()))
    print(repr(f.readline()))
    print(repr(f.readline()))

with open("/fat/lines.txt") as f:
    print(f.readlines())

with open("/fat/lines.txt", "rt") as f:
    for line in f:
        print(repr(line))

f = open("/fat/lines.txt")
print(type(f).__name__, f.read() == "first line\nsecond\nthird, no newline")
print(repr(f.read()), repr(f.readline()))
f.close()
f.close()

with open("/fat/utf8.txt", "w") as f:
    f.write("caf\u00e9 \u00fcber\n")
print(os.stat("/fat/utf8.txt")[6])
with open("/fat/utf8.txt") as f:
    print(f.read())
with open("/fat/utf8.txt", "rb") as f:
    print(f.read())
