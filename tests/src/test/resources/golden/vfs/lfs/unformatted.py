# littlefs on a device without a filesystem, and VfsLfs2's argument rules.
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

bdev = RAMBlockDevice(512, 32)
for cls in (vfs.VfsLfs2, vfs.VfsLfs1):
    try:
        cls(bdev)
    except OSError as e:
        print(cls.__name__, e, e.errno)
# Auto-detection finds no littlefs signature and falls back to FAT, which finds nothing either.
try:
    vfs.mount(bdev, "/x")
except OSError as e:
    print("mount:", e)
print("/x" in [m[1] for m in vfs.mount()])
try:
    vfs.VfsLfs2(bdev, 32)
except TypeError as e:
    print("TypeError:", e)
try:
    vfs.VfsLfs2.mkfs(bdev, 32)
except TypeError as e:
    print("TypeError:", e)
vfs.VfsLfs2.mkfs(bdev, readsize=64, progsize=64, lookahead=64, mtime=False)
fs = vfs.VfsLfs2(bdev, readsize=64, progsize=64, lookahead=64, mtime=False)
print(fs)
vfs.mount(fs, "/x")
print(os.listdir("/x"), os.statvfs("/x")[:4])
vfs.umount("/x")
# A v2 filesystem is not a v1 one.
try:
    vfs.VfsLfs1(bdev)
except OSError as e:
    print("VfsLfs1 on v2:", e)
# Corrupting both superblock blocks makes the mount fail again.
bdev.data[0 : 2 * 512] = b"\xff" * 1024
try:
    vfs.VfsLfs2(bdev)
except OSError as e:
    print("erased:", e)
