# Files on VfsLfs2: inline and CTZ sizes, text and binary, readline/readlines/iteration, readinto.
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

bdev = RAMBlockDevice(512, 100)
vfs.VfsLfs2.mkfs(bdev)
fs = vfs.VfsLfs2(bdev)
vfs.mount(fs, "/lfs")
os.chdir("/lfs")

with open("small.txt", "w") as f:
    print(f.write("line one\nline two\n"), f.write(b"3\n"))
print(open("small.txt").read())
with open("small.txt") as f:
    print(f.readline(), f.readlines())
with open("small.txt") as f:
    print([line for line in f])
    print(f)

for size in (0, 1, 63, 64, 65, 511, 512, 513, 5000, 20000):
    data = bytes((i * 31 + size) & 255 for i in range(size))
    with open("f%d" % size, "wb") as f:
        f.write(data)
    with open("f%d" % size, "rb") as f:
        back = f.read()
    print(size, os.stat("f%d" % size)[6], back == data)

with open("f5000", "rb") as f:
    buf = bytearray(100)
    print(f.readinto(buf), f.tell(), buf[0], buf[99])
    f.seek(4950)
    print(f.readinto(buf), f.readinto(buf), f)
print(sorted(os.listdir()) == sorted(["small.txt"] + ["f%d" % s for s in (0, 1, 63, 64, 65, 511, 512, 513, 5000, 20000)]))
print(os.listdir()[:3])
