# With nothing mounted at '/', the VFS itself answers for the root (vfs.md 3.1). The unix port mounts its
# built-in ROMFS image at /rom at start-up (vfs.md 6), so 'rom' is listed too.
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
vfs.umount("/")
print(vfs.mount())
print(os.listdir("/"), os.listdir(), os.getcwd())
print(os.stat("/"))
print(os.statvfs("/"))
for label, action in (
    ("stat /x", lambda: os.stat("/x")),
    ("open /x", lambda: open("/x", "w")),
    ("listdir x", lambda: os.listdir("x")),
    ("mkdir /", lambda: os.mkdir("/")),
    ("remove /", lambda: os.remove("/")),
    ("rmdir /", lambda: os.rmdir("/")),
    ("open /", lambda: open("/")),
    ("chdir /x", lambda: os.chdir("/x")),
):
    try:
        action()
        print(label, "ok")
    except OSError as e:
        print(label, e)

bdev = RAMBlockDev(512, 50)
vfs.VfsFat.mkfs(bdev)
vfs.mount(bdev, "/flash")
bdev2 = RAMBlockDev(512, 50)
vfs.VfsFat.mkfs(bdev2)
vfs.mount(bdev2, "/sd")
print(os.listdir("/"), list(os.ilistdir("/")))
for label, action in (
    ("mkdir /flash", lambda: os.mkdir("/flash")),
    ("rename across", lambda: os.rename("/flash/a", "/sd/a")),
    ("rename to root", lambda: os.rename("/flash", "/x")),
):
    try:
        action()
        print(label, "ok")
    except OSError as e:
        print(label, e)
# Relative paths at the virtual root act as absolute ones.
with open("flash/rel.txt", "w") as f:
    f.write("r")
print(os.listdir("/flash"), os.listdir("flash"))
os.chdir("sd")
print(os.getcwd())
os.chdir("/")
print(os.getcwd())
vfs.mount(root, "/")
print([m[1] for m in vfs.mount()])
