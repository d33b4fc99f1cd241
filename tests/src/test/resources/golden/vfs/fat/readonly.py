# A read-only VfsFat mount: reads work, every write is OSError 30 (EROFS has no name in errno).
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
fs = vfs.VfsFat(bdev)
vfs.mount(fs, "/fat")
os.mkdir("/fat/d")
with open("/fat/keep.txt", "w") as f:
    f.write("kept")
vfs.umount("/fat")

before = bytes(bdev.data)
vfs.mount(vfs.VfsFat(bdev), "/ro", readonly=True)
print(os.listdir("/ro"), open("/ro/keep.txt").read())
for label, action in (
    ("open w", lambda: open("/ro/new.txt", "w")),
    ("open a", lambda: open("/ro/keep.txt", "a")),
    ("open r+", lambda: open("/ro/keep.txt", "r+")),
    ("mkdir", lambda: os.mkdir("/ro/e")),
    ("rmdir", lambda: os.rmdir("/ro/d")),
    ("remove", lambda: os.remove("/ro/keep.txt")),
    ("rename", lambda: os.rename("/ro/keep.txt", "/ro/k2.txt")),
):
    try:
        action()
        print(label, "ok")
    except OSError as e:
        print(label, e, e.errno)
print(os.listdir("/ro"), bytes(bdev.data) == before)
print(os.statvfs("/ro")[:3])
vfs.umount("/ro")

# readonly is truthiness-tested; readonly=0 is a normal mount.
vfs.mount(vfs.VfsFat(bdev), "/rw", readonly=0)
os.remove("/rw/keep.txt")
print(os.listdir("/rw"))
