# Operations on a closed VfsFat file: read/write raise EINVAL, seek is ignored, close is idempotent.
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

bdev = RAMBlockDev(512, 50)
vfs.VfsFat.mkfs(bdev)
vfs.mount(vfs.VfsFat(bdev), "/fat")

f = open("/fat/c.txt", "w")
f.write("abc")
f.close()
f.close()
for label, action in (
    ("write", lambda: f.write("x")),
    ("read", lambda: f.read()),
):
    try:
        action()
        print(label, "ok")
    except OSError as e:
        print(label, e)
f = open("/fat/c.txt")
f.close()
try:
    f.read(1)
except OSError as e:
    print("read", e.errno)
with open("/fat/c.txt") as f:
    pass
try:
    f.readline()
except OSError as e:
    print("readline", e)
print(open("/fat/c.txt").read())
