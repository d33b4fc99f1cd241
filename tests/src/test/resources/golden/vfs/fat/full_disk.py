# Filling a 50-sector FAT volume: the short write raises OSError 28 (ENOSPC, printed as a number).
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

bdev = RAMBlockDev(512, 50)
vfs.VfsFat.mkfs(bdev)
vfs.mount(vfs.VfsFat(bdev), "/fat")
print(os.statvfs("/fat")[2:4])

f = open("/fat/big.bin", "wb")
written = 0
try:
    for i in range(40):
        written += f.write(bytes([i]) * 512)
except OSError as e:
    print("full after", written, "error", e, e.errno)
f.close()
print(os.stat("/fat/big.bin")[6], os.statvfs("/fat")[3])
try:
    with open("/fat/small.txt", "w") as g:
        g.write("x")
except OSError as e:
    print("small:", e)
print(os.listdir("/fat"))
with open("/fat/big.bin", "rb") as f:
    f.seek(15 * 512)
    print(f.read(3), len(f.read()))
os.remove("/fat/big.bin")
print(os.statvfs("/fat")[3])
with open("/fat/small.txt", "w") as g:
    print(g.write("fits again"))
print(os.statvfs("/fat")[3])
