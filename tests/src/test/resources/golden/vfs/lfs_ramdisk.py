# VfsLfs2 on a RAM block device written in Python (extended protocol with offsets, as littlefs uses it).
import os
import vfs


class RAMBlockDev:
    def __init__(self, block_size, num_blocks):
        self.block_size = block_size
        self.data = bytearray(block_size * num_blocks)

    def readblocks(self, block_num, buf, offset=0):
        addr = block_num * self.block_size + offset
        for i in range(len(buf)):
            buf[i] = self.data[addr + i]

    def writeblocks(self, block_num, buf, offset=None):
        if offset is None:
            # simple form: erase, then write whole blocks
            for i in range(len(buf) // self.block_size):
                self.ioctl(6, block_num + i)
            offset = 0
        addr = block_num * self.block_size + offset
        for i in range(len(buf)):
            self.data[addr + i] = buf[i]

    def ioctl(self, op, arg):
        if op == 4:  # block count
            return len(self.data) // self.block_size
        if op == 5:  # block size
            return self.block_size
        if op == 6:  # block erase
            return 0


bdev = RAMBlockDev(512, 50)

try:
    vfs.VfsLfs2(bdev)
except OSError as e:
    print("unformatted:", e)
try:
    vfs.VfsLfs2(bdev, 32)
except TypeError as e:
    print("TypeError:", e)

vfs.VfsLfs2.mkfs(bdev)
# Mounting the device itself auto-detects littlefs.
vfs.mount(bdev, "/lfs")
print(vfs.mount()[1])
print(os.statvfs("/lfs"))

with open("/lfs/a.txt", "w") as f:
    f.write("first line\nsecond line\n")
for line in open("/lfs/a.txt"):
    print(repr(line))
print(open("/lfs/a.txt").readlines())

f = open("/lfs/a.txt", "a")
print(f.tell())
f.write("third\n")
f.close()
print(open("/lfs/a.txt").read().count("\n"))
try:
    f.write("x")
except ValueError as e:
    print("closed:", repr(e))
try:
    open("/lfs/a.txt", "rw")
except ValueError as e:
    print("mode:", repr(e))

os.mkdir("/lfs/d")
with open("/lfs/d/f.bin", "wb") as f:
    f.write(b"\x01\x02\x03")
print(os.listdir("/lfs"))
print(list(os.ilistdir("/lfs")))

# littlefs's own error numbers (os.md 1.4): several print as bare numbers.
for label, action in (
    ("stat missing", lambda: os.stat("/lfs/nope")),
    ("mkdir existing", lambda: os.mkdir("/lfs/d")),
    ("rmdir non-empty", lambda: os.rmdir("/lfs/d")),
    ("listdir file", lambda: os.listdir("/lfs/a.txt")),
    ("file as dir", lambda: os.stat("/lfs/a.txt/x")),
    ("open dir", lambda: open("/lfs/d")),
    ("name too long", lambda: open("/lfs/" + "n" * 300, "w")),
):
    try:
        action()
        print(label, "ok")
    except OSError as e:
        print(label, e.errno, e)

os.chdir("/lfs/d")
print(os.getcwd(), os.listdir())
os.chdir("/lfs")
print(os.getcwd())
os.rename("/lfs/d/f.bin", "/lfs/g.bin")
os.rmdir("/lfs/d")
print(os.listdir("/lfs"))

# Filling the device: the write that does not fit raises ENOSPC (a bare 28).
try:
    with open("/lfs/big", "wb") as f:
        for i in range(100):
            f.write(bytes(512))
except OSError as e:
    print("full:", e)
os.remove("/lfs/big")

vfs.umount("/lfs")
try:
    vfs.umount("/lfs")
except OSError as e:
    print("umount again:", e)

tiny = RAMBlockDev(512, 1)
try:
    vfs.VfsLfs2.mkfs(tiny)
except OSError as e:
    print("tiny:", e)
