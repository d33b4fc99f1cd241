# chdir/getcwd across several mounts (vfs.md 3.2): relative paths follow the cwd's mount,
# umount of the cwd's mount resets it to '/'.
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

fat_dev = RAMBlockDevice(512, 60)
vfs.VfsFat.mkfs(fat_dev)
lfs_dev = RAMBlockDevice(512, 60)
vfs.VfsLfs2.mkfs(lfs_dev)
vfs.mount(fat_dev, "/fat")
vfs.mount(lfs_dev, "/lfs")
print([(type(m[0]).__name__, m[1]) for m in vfs.mount()[-3:-1]])

os.mkdir("/fat/dir")
os.mkdir("/lfs/dir")
os.chdir("/fat/dir")
print(os.getcwd())
with open("f.txt", "w") as f:
    f.write("on fat")
os.chdir("/lfs")
print(os.getcwd(), os.listdir())
with open("dir/g.txt", "w") as f:
    f.write("on lfs")
os.chdir("dir")
print(os.getcwd(), os.listdir(), os.listdir("/fat/dir"))
# Each filesystem keeps its own current directory.
os.chdir("/fat")
print(os.getcwd(), os.listdir())
os.chdir("/lfs/dir")
print(open("g.txt").read(), open("/fat/dir/f.txt").read())
try:
    os.chdir("/lfs/nothing")
except OSError as e:
    print("chdir failed:", e, os.getcwd())
try:
    os.rename("g.txt", "/fat/g.txt")
except OSError as e:
    print("rename across:", e)
vfs.umount("/lfs")
print(os.getcwd())
os.chdir("/fat/dir")
vfs.umount("/fat")
print(os.getcwd())
