# VfsLfs2 mtime attribute: set on write when mtime=True, 0 when the file never had one; dirs 0.
import os
import time
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
vfs.mount(vfs.VfsLfs2(bdev, mtime=False), "/lfs")
with open("/lfs/no_mtime.txt", "w") as f:
    f.write("a")
os.mkdir("/lfs/d")
st = os.stat("/lfs/no_mtime.txt")
print(st[7:], os.stat("/lfs/d")[7:])
vfs.umount("/lfs")

fs = vfs.VfsLfs2(bdev)
vfs.mount(fs, "/lfs")
print(os.stat("/lfs/no_mtime.txt")[8])
with open("/lfs/with_mtime.txt", "w") as f:
    f.write("b")
st = os.stat("/lfs/with_mtime.txt")
now = time.time()
print(st[7] == st[8] == st[9], abs(st[8] - now) < 86400, os.stat("/lfs/d")[8])
# Reading a file does not change its stored time; with mtime=False it is left as it was.
with open("/lfs/with_mtime.txt") as f:
    f.read()
print(os.stat("/lfs/with_mtime.txt")[8] == st[8])
vfs.umount("/lfs")
vfs.mount(vfs.VfsLfs2(bdev, mtime=False), "/lfs")
with open("/lfs/with_mtime.txt", "a") as f:
    f.write("c")
print(os.stat("/lfs/with_mtime.txt")[8] == st[8], open("/lfs/with_mtime.txt").read())
