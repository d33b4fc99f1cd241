# os.rename on VfsFat: move between directories, replace files, FAT's own rules for directories.
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

bdev = RAMBlockDev(512, 100)
vfs.VfsFat.mkfs(bdev)
vfs.mount(vfs.VfsFat(bdev), "/fat")
os.chdir("/fat")


def make(name, text):
    with open(name, "w") as f:
        f.write(text)


make("a.txt", "A")
make("b.txt", "B")
os.mkdir("d")
os.mkdir("e")
make("e/inside.txt", "I")

os.rename("a.txt", "renamed.txt")
print(os.listdir())
os.rename("renamed.txt", "d/moved.txt")
print(os.listdir(), os.listdir("d"))
os.rename("d/moved.txt", "b.txt")
print(os.listdir(), open("b.txt").read())
os.rename("b.txt", "b.txt")
print(os.listdir())
for label, old, new in (
    ("file onto dir", "b.txt", "d"),
    ("dir onto non-empty dir", "d", "e"),
    ("missing source", "nope", "x"),
    ("missing target dir", "b.txt", "nodir/x"),
):
    try:
        os.rename(old, new)
        print(label, "ok")
    except OSError as e:
        print(label, e)
# A directory renamed onto a file replaces the file.
os.rename("e", "b.txt")
print(os.listdir(), os.listdir("b.txt"))
os.rename("/fat/d", "/fat/b.txt/d2")
print(os.listdir(), os.listdir("b.txt"))
