# Binary files on VfsFat: write, read, readinto, memoryview writes, multi-cluster files.
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

bdev = RAMBlockDev(512, 256)
vfs.VfsFat.mkfs(bdev)
vfs.mount(vfs.VfsFat(bdev), "/fat")

data = bytes((i * 13 + 7) & 255 for i in range(3000))
with open("/fat/data.bin", "wb") as f:
    print(f.write(data[:1000]))
    print(f.write(memoryview(data)[1000:2500]))
    print(f.write(bytearray(data[2500:])))
    print(f.tell())
print(os.stat("/fat/data.bin")[6])

with open("/fat/data.bin", "rb") as f:
    print(type(f).__name__)
    print(f.read() == data)
    print(f.read())

with open("/fat/data.bin", "rb") as f:
    buf = bytearray(700)
    print(f.readinto(buf), bytes(buf[:4]) == data[:4])
    mv = memoryview(buf)
    print(f.readinto(mv[100:200]), bytes(buf[100:200]) == data[700:800])
    f.seek(2900)
    print(f.readinto(buf), buf[:100] == data[2900:])
    print(f.readinto(buf))

with open("/fat/data.bin", "rb") as f:
    chunks = []
    while True:
        c = f.read(512)
        if not c:
            break
        chunks.append(len(c))
    print(chunks)

with open("/fat/text.bin", "wb") as f:
    f.write("str into a binary file\n")
with open("/fat/text.bin", "rb") as f:
    print(f.readline(), f.readline())
with open("/fat/text2.txt", "w") as f:
    f.write(b"bytes into a text file\n")
with open("/fat/text2.txt") as f:
    print(f.readlines())
