# Directories on VfsFat: mkdir, nested paths, listdir/ilistdir order, rmdir, stat, bytes paths.
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

bdev = RAMBlockDev(512, 200)
vfs.VfsFat.mkfs(bdev)
vfs.mount(vfs.VfsFat(bdev), "/fat")

os.mkdir("/fat/b")
os.mkdir("/fat/a")
os.mkdir("/fat/a/deep")
os.mkdir("/fat/a/deep/deeper")
with open("/fat/a/deep/deeper/f.txt", "w") as f:
    f.write("bottom")
with open("/fat/z.txt", "w") as f:
    f.write("zz")
print(os.listdir("/fat"))
print(os.listdir("/fat/a"), os.listdir("/fat/a/deep/deeper"))
print(list(os.ilistdir("/fat")))
print(os.listdir(b"/fat"))
print(list(os.ilistdir(b"/fat/a")))
print(os.stat("/fat/a")[:7], os.stat("/fat/a/deep/deeper/f.txt")[:7])
print(os.stat("/fat")[0], os.stat("/fat/")[0])

# Freed directory slots are reused: FAT lists in slot order.
os.rmdir("/fat/b")
os.mkdir("/fat/c")
print(os.listdir("/fat"))

os.chdir("/fat/a/deep")
print(os.getcwd(), os.listdir(), os.listdir("."), os.listdir(".."))
os.chdir("deeper")
print(os.getcwd(), open("f.txt").read())
os.chdir("/fat")
os.remove("a/deep/deeper/f.txt")
os.rmdir("a/deep/deeper")
os.rmdir("a/deep")
print(os.listdir("a"))
it = os.ilistdir()
print(next(it))
print(sorted(os.listdir()))
