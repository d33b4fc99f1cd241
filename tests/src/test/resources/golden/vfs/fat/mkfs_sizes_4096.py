# VfsFat.mkfs on 4096-byte-sector devices (ioctl 5 answers 4096).
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

for n in (21, 22, 256, 1024):
    bdev = RAMBlockDev(4096, n)
    try:
        vfs.VfsFat.mkfs(bdev)
    except OSError as e:
        print(n, "mkfs:", e)
        continue
    fs = vfs.VfsFat(bdev)
    vfs.mount(fs, "/fat")
    print(n, os.statvfs("/fat"))
    with open("/fat/one.bin", "wb") as f:
        f.write(b"x" * 5000)
    print(os.statvfs("/fat")[3], os.stat("/fat/one.bin")[6])
    vfs.umount("/fat")
