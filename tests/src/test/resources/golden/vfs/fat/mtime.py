# VfsFat timestamps: the volume root is 2000-01-01 (946684800 on a 1970-epoch port), entries get
# the FAT date/time of their last write (2-second resolution); atime = mtime = ctime.
import os
import time
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
vfs.mount(vfs.VfsFat(bdev), "/fat")
print(os.stat("/fat"))
with open("/fat/t.txt", "w") as f:
    f.write("t")
os.mkdir("/fat/d")
for path in ("/fat/t.txt", "/fat/d"):
    st = os.stat(path)
    print(st[7] == st[8] == st[9], st[8] % 2, st[8] > 946684800, abs(st[8] - time.time()) < 86400)
