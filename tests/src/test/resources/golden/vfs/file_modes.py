# open() modes and the file API on FAT and littlefs (os.md 2): where the two differ, both are shown.
import os
import vfs


class RAMBlockDev:
    def __init__(self, block_size, num_blocks):
        self.block_size = block_size
        self.data = bytearray(block_size * num_blocks)

    def readblocks(self, block_num, buf, offset=0):
        addr = block_num * self.block_size + offset
        buf[:] = self.data[addr:addr + len(buf)]

    def writeblocks(self, block_num, buf, offset=0):
        addr = block_num * self.block_size + offset
        self.data[addr:addr + len(buf)] = buf

    def ioctl(self, op, arg):
        if op == 4:
            return len(self.data) // self.block_size
        if op == 5:
            return self.block_size
        if op == 6:
            return 0


fat = RAMBlockDev(512, 64)
vfs.VfsFat.mkfs(fat)
vfs.mount(fat, "/fat")
lfs = RAMBlockDev(512, 64)
vfs.VfsLfs2.mkfs(lfs)
vfs.mount(lfs, "/lfs")

for root in ("/fat", "/lfs"):
    print("--", root)
    name = root + "/f.txt"
    with open(name, "w") as f:
        f.write("0123456789")
    # 'a': FAT seeks to the end once at open; littlefs appends every write and starts at 0.
    f = open(name, "a")
    print("tell after open(a):", f.tell())
    f.write("ab")
    f.close()
    print(open(name).read())
    # 'x' refuses an existing file.
    try:
        open(name, "x")
    except OSError as e:
        print("x:", e)
    with open(root + "/new.txt", "x") as f:
        f.write("new")
    # '+' reads and writes; seek returns the new position, whence 0/1/2.
    with open(name, "r+") as f:
        print(f.read(2), f.seek(4), f.seek(2, 1), f.seek(-3, 2), f.read())
        f.seek(0)
        f.write("AB")
    print(open(name).read())
    # readinto and readline with a size.
    with open(name, "rb") as f:
        buf = bytearray(5)
        print(f.readinto(buf), buf, f.readline(3), f.readinto(bytearray(100)))
    # Unknown letters are ignored; 'b' gives bytes.
    print(open(name, "rqb").read(4))
    # write on a file opened for reading, read on a file opened for writing.
    f = open(name)
    try:
        print("write on r:", f.write("z"))
    except OSError as e:
        print("write on r:", e)
    f.close()
    f = open(root + "/w.txt", "w")
    try:
        print("read on w:", repr(f.read()))
    except OSError as e:
        print("read on w:", e)
    f.close()
    f.close()
    print(sorted(os.listdir(root)))

# Operations on closed files differ: FAT raises EINVAL (seek is ignored), littlefs ValueError().
for root in ("/fat", "/lfs"):
    f = open(root + "/f.txt")
    f.close()
    for label, action in (("read", lambda: f.read()), ("seek", lambda: f.seek(0))):
        try:
            action()
            print(root, label, "ok")
        except OSError as e:
            print(root, label, "OSError", e)
        except ValueError as e:
            print(root, label, "ValueError", repr(e))

# Text files decode UTF-8 and count characters.
with open("/lfs/u.txt", "w") as f:
    print(f.write("h\u00e9llo \u20ac"))
with open("/lfs/u.txt") as f:
    print(f.read(2), f.read())
print(os.stat("/lfs/u.txt")[6])
vfs.umount("/fat")
vfs.umount("/lfs")
