# littlefs on a NOR-style device (erase to 0xFF, programming ANDs bits): it erases before it programs,
# so every byte read back is what was written, across remounts.
import os
import vfs

class NorFlashDev:
    # NOR-style flash: erase sets a block to 0xFF, programming can only clear bits (AND).
    def __init__(self, block_size, num_blocks):
        self.block_size = block_size
        self.data = bytearray(b"\xff" * (block_size * num_blocks))
        self.erases = 0

    def readblocks(self, block, buf, off=0):
        addr = block * self.block_size + off
        buf[:] = self.data[addr : addr + len(buf)]

    def writeblocks(self, block, buf, off=0):
        addr = block * self.block_size + off
        for i in range(len(buf)):
            self.data[addr + i] &= buf[i]

    def ioctl(self, op, arg):
        if op == 4:
            return len(self.data) // self.block_size
        if op == 5:
            return self.block_size
        if op == 6:
            addr = arg * self.block_size
            self.data[addr : addr + self.block_size] = b"\xff" * self.block_size
            self.erases += 1
            return 0

bdev = NorFlashDev(4096, 32)
vfs.VfsLfs2.mkfs(bdev)
print(bdev.erases > 0)
vfs.mount(bdev, "/nor")
print(vfs.mount()[-2])
for round in range(3):
    for i in range(4):
        with open("/nor/file%d" % i, "w") as f:
            f.write(("round %d file %d\n" % (round, i)) * (50 * i + 1))
    os.rename("/nor/file0", "/nor/renamed%d" % round)
print(sorted(os.listdir("/nor")))
vfs.umount("/nor")
vfs.mount(vfs.VfsLfs2(bdev), "/nor")
ok = True
for i in range(1, 4):
    ok = ok and open("/nor/file%d" % i).read() == ("round 2 file %d\n" % i) * (50 * i + 1)
print(ok, open("/nor/renamed1").read())
print(os.statvfs("/nor")[:3])
vfs.umount("/nor")
