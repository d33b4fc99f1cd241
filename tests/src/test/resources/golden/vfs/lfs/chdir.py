# The current directory inside VfsLfs2: normalised paths, '..' stops with ENOENT at the root.
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

bdev = RAMBlockDevice(512, 64)
vfs.VfsLfs2.mkfs(bdev)
fs = vfs.VfsLfs2(bdev)
vfs.mount(fs, "/lfs")
os.mkdir("/lfs/a")
os.mkdir("/lfs/a/b")
os.chdir("/lfs")
print(os.getcwd(), fs.getcwd())
os.chdir("a")
print(os.getcwd(), fs.getcwd())
os.chdir("b/")
print(os.getcwd())
os.chdir("..")
print(os.getcwd())
os.chdir("./b/..//b")
print(os.getcwd())
with open("here.txt", "w") as f:
    f.write("in b")
print(os.listdir("/lfs/a/b"), os.stat("here.txt")[6])
os.chdir("/lfs")
try:
    os.chdir("..")
except OSError as e:
    print("above root:", e)
print(os.getcwd())
try:
    os.chdir("a/nope")
except OSError as e:
    print("missing:", e)
print(os.getcwd())
os.chdir("/")
print(os.getcwd())
print(fs.getcwd())
print(sorted(x[0] for x in fs.ilistdir("/a")))
print(fs.stat("/a/b/here.txt")[6])
