# VfsLfs2.mkfs then statvfs: a fresh littlefs uses its two superblock blocks.
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

for bs, n in ((512, 1), (512, 2), (512, 50), (512, 128), (512, 20000), (4096, 16), (4096, 64)):
    bdev = RAMBlockDevice(bs, n)
    try:
        vfs.VfsLfs2.mkfs(bdev)
    except OSError as e:
        print(bs, n, "mkfs:", e)
        continue
    vfs.mount(vfs.VfsLfs2(bdev), "/lfs")
    print(bs, n, os.statvfs("/lfs"), os.listdir("/lfs"))
    vfs.umount("/lfs")
