# VfsFat.mkfs on 512-byte-sector devices from 49 to 20000 sectors: statvfs matches FatFs's geometry.
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

for n in (49, 50, 128, 2048, 4096, 8192, 20000):
    bdev = RAMBlockDev(512, n)
    try:
        vfs.VfsFat.mkfs(bdev)
    except OSError as e:
        print(n, "mkfs:", e)
        continue
    vfs.mount(bdev, "/fat")
    print(n, os.statvfs("/fat"))
    vfs.umount("/fat")
