# The mount table (vfs.md 2): listing order, EPERM for an occupied point, EINVAL for umount,
# umount by path or by object, the root mount always last.
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

root = vfs.mount()[-1][0]
print(vfs.mount()[-1][1], vfs.mount() is vfs.mount())
devs = [RAMBlockDev(512, 50) for i in range(3)]
for d in devs:
    vfs.VfsFat.mkfs(d)
a = vfs.VfsFat(devs[0])
b = vfs.VfsFat(devs[1])
vfs.mount(a, "/a")
vfs.mount(b, "/b")
print([m[1] for m in vfs.mount()])
print(vfs.mount()[1][0] is a, vfs.mount()[2][0] is b)
for label, action in (
    ("mount on /a", lambda: vfs.mount(vfs.VfsFat(devs[2]), "/a")),
    ("mount on /a/sub", lambda: vfs.mount(vfs.VfsFat(devs[2]), "/a/sub")),
    ("umount /c", lambda: vfs.umount("/c")),
    ("umount /a/", lambda: vfs.umount("/a/")),
    ("umount device", lambda: vfs.umount(devs[0])),
    ("umount unmounted fs", lambda: vfs.umount(vfs.VfsFat(devs[2]))),
):
    try:
        action()
        print(label, "ok")
    except OSError as e:
        print(label, e)
vfs.umount(a)
print([m[1] for m in vfs.mount()])
# A block device mounted directly becomes a VfsFat; the table holds that object.
vfs.mount(devs[2], "/c")
print(vfs.mount()[2], type(vfs.mount()[2][0]) is vfs.VfsFat)
try:
    vfs.umount(devs[2])
except OSError as e:
    print("umount bdev:", e)
vfs.umount("/c")
vfs.mount(a, "/a", readonly=False, mkfs=False)
print([m[1] for m in vfs.mount()])
vfs.umount("/a")
vfs.umount("/b")
print(len(vfs.mount()), vfs.mount()[-1][0] is root)
# os.mount and os.umount are the same functions.
os.mount(a, "/osa")
print(os.listdir("/osa"), vfs.mount()[-2][1])
os.umount("/osa")
print(os.VfsFat is vfs.VfsFat, os.VfsLfs2 is vfs.VfsLfs2, os.VfsLfs1 is vfs.VfsLfs1)
