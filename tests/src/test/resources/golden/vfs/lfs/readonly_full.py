# VfsLfs2 read-only mounts (OSError 30) and a full device (OSError 28).
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

bdev = RAMBlockDevice(512, 16)
vfs.VfsLfs2.mkfs(bdev)
vfs.mount(vfs.VfsLfs2(bdev), "/lfs")
with open("/lfs/keep.txt", "w") as f:
    f.write("kept")
os.mkdir("/lfs/d")
vfs.umount("/lfs")

vfs.mount(vfs.VfsLfs2(bdev), "/ro", readonly=True)
print(os.listdir("/ro"), open("/ro/keep.txt").read())
for label, action in (
    ("open w", lambda: open("/ro/new.txt", "w")),
    ("open a", lambda: open("/ro/keep.txt", "a")),
    ("mkdir", lambda: os.mkdir("/ro/e")),
    ("rmdir", lambda: os.rmdir("/ro/d")),
    ("remove", lambda: os.remove("/ro/keep.txt")),
    ("rename", lambda: os.rename("/ro/keep.txt", "/ro/k")),
):
    try:
        action()
        print(label, "ok")
    except OSError as e:
        print(label, e)
vfs.umount("/ro")

vfs.mount(vfs.VfsLfs2(bdev), "/lfs")
print(os.statvfs("/lfs")[2:4])
f = open("/lfs/big", "wb")
try:
    for i in range(100):
        f.write(bytes(512))
    print("no error")
except OSError as e:
    print("full:", e, e.errno)
try:
    f.close()
except OSError as e:
    print("close:", e)
os.remove("/lfs/big")
print(sorted(os.listdir("/lfs")), os.statvfs("/lfs")[3] >= 10)
with open("/lfs/again", "w") as f:
    print(f.write("space again"))
