# Long file names on VfsFat: case preserved, spaces and several dots, lookups case-insensitive.
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
os.chdir("/fat")

names = ("A Long File Name.txt", "MixedCase.Py", "UPPER.TXT", "lower.txt", "archive.tar.gz",
         "x" * 100 + ".bin", "name with spaces")
for i, name in enumerate(names):
    with open(name, "w") as f:
        f.write(str(i))
print(os.listdir() == list(names))
for name in os.listdir():
    print(len(name), name[:24], os.stat(name)[6])
print(open("a long file name.TXT").read(), open("UPPER.txt").read(), open("MIXEDCASE.PY").read())
try:
    open("mixedcase.py", "x")
except OSError as e:
    print("x:", e)
os.mkdir("Long Directory Name")
os.rename("archive.tar.gz", "Long Directory Name/Archive.Tar.GZ")
print(os.listdir("LONG DIRECTORY NAME"))
try:
    open("y" * 256, "w")
except OSError as e:
    print("256:", e)
with open("z" * 255, "w") as f:
    f.write("max")
print(os.stat("z" * 255)[6], len(os.listdir()))
