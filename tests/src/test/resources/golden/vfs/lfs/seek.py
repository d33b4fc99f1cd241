# seek/tell on VfsLfs2: past-the-end positions are kept, a write there zero-fills the gap,
# a negative position is EINVAL.
import os
import vfs

class RAMBlockDevice:
    def __init__(self, block_size, num_blocks):
        self.block_size = block_size
        self.data = bytearray(b"\xff" * (block_size * num_blocks))

    def readblocks(self, block, buf, off=0):
        addr = block * self.block_size + off
        buf[:] = self.data[addr : addr + len(buf)]

    def writeblocks(self, block, buf, off=None):
        if off is None:
            # Simple protocol: whole blocks, erased first.
            for i in range(len(buf) // self.block_size):
                self.ioctl(6, block + i)
            off = 0
        addr = block * self.block_size + off
        self.data[addr : addr + len(buf)] = buf

    def ioctl(self, op, arg):
        if op == 4:  # block count
            return len(self.data) // self.block_size
        if op == 5:  # block size
            return self.block_size
        if op == 6:  # erase
            addr = arg * self.block_size
            self.data[addr : addr + self.block_size] = b"\xff" * self.block_size
            return 0

bdev = RAMBlockDevice(512, 50)
vfs.VfsLfs2.mkfs(bdev)
vfs.mount(vfs.VfsLfs2(bdev), "/lfs")

with open("/lfs/s.bin", "wb") as f:
    f.write(b"0123456789")
with open("/lfs/s.bin", "rb") as f:
    print(f.seek(3), f.read(2), f.tell())
    print(f.seek(2, 1), f.read(1))
    print(f.seek(-1, 2), f.read())
    print(f.seek(50), f.tell(), f.read())
    try:
        f.seek(-100, 1)
    except OSError as e:
        print("negative:", e)
    print(f.tell())
    try:
        f.seek(-11, 2)
    except OSError as e:
        print("negative:", e)
with open("/lfs/s.bin", "r+b") as f:
    print(f.seek(14), f.write(b"END"), f.tell())
print(os.stat("/lfs/s.bin")[6], open("/lfs/s.bin", "rb").read())
with open("/lfs/s.txt", "w") as f:
    f.write("abcdef")
with open("/lfs/s.txt") as f:
    print(f.seek(2), f.read(2), f.seek(-1, 2), f.read())
