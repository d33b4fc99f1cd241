# seek with whence 0/1/2 returns the new position; FAT clamps reads past the end.
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

with open("/fat/abc.bin", "wb") as f:
    f.write(b"0123456789abcdef")

with open("/fat/abc.bin", "rb") as f:
    print(f.tell())
    print(f.seek(4), f.read(2), f.tell())
    print(f.seek(3, 1), f.read(2), f.tell())
    print(f.seek(-3, 1), f.read(1))
    print(f.seek(-4, 2), f.read())
    print(f.seek(0, 2), f.read())
    print(f.seek(100), f.tell(), f.read())
    print(f.seek(0), f.read(3))

with open("/fat/abc.bin", "r+b") as f:
    print(f.seek(10), f.write(b"XY"), f.tell())
    print(f.seek(0), f.read())
    print(f.seek(-2, 2), f.write(b"!!!!"), f.tell())
    f.seek(0)
    print(f.read())

with open("/fat/abc.bin") as f:
    print(f.seek(5), f.read(3), f.seek(0, 1))
