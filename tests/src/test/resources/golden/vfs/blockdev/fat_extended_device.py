# A device offering both protocol forms (readblocks(n, buf, off), writeblocks with offset, ioctl 6):
# VfsFat uses only the simple forms and never erases; littlefs only the extended ones.
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


class CountingDev(RAMBlockDevice):
    def __init__(self, *args):
        super().__init__(*args)
        self.calls = {}

    def count(self, key):
        self.calls[key] = self.calls.get(key, 0) + 1

    def readblocks(self, block, buf, off=None):
        self.count("read3" if off is not None else "read2")
        super().readblocks(block, buf, off or 0)

    def writeblocks(self, block, buf, off=None):
        self.count("write3" if off is not None else "write2")
        addr = block * self.block_size + (off or 0)
        self.data[addr : addr + len(buf)] = buf

    def ioctl(self, op, arg):
        self.count("ioctl%d" % op)
        return super().ioctl(op, arg)


for mkfs, cls in ((vfs.VfsFat.mkfs, vfs.VfsFat), (vfs.VfsLfs2.mkfs, vfs.VfsLfs2)):
    bdev = CountingDev(512, 200)
    mkfs(bdev)
    fs = cls(bdev)
    vfs.mount(fs, "/d")
    with open("/d/file.bin", "wb") as f:
        f.write(bytes(range(256)) * 20)
    with open("/d/file.bin", "rb") as f:
        same = f.read() == bytes(range(256)) * 20
    vfs.umount("/d")
    print(cls.__name__, same, sorted(k for k in bdev.calls))
