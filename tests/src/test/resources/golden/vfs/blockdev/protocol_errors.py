# Block-device return values (vfs.md 7.1): VfsFat turns any failure into EIO, littlefs passes the
# errno on (positive values become EINVAL); missing methods are AttributeErrors.
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


class FailingDev(RAMBlockDevice):
    fail = None

    def readblocks(self, block, buf, off=None):
        super().readblocks(block, buf, off or 0)
        return self.fail

    def writeblocks(self, block, buf, off=None):
        if self.fail not in (None, 0):
            return self.fail
        super().writeblocks(block, buf, off)


for result in (None, 0):
    bdev = FailingDev(512, 60)
    bdev.fail = result
    vfs.VfsFat.mkfs(bdev)
    vfs.VfsLfs2.mkfs(bdev)
    print("result", result, "ok")

for result in (-5, 5, 33, -28):
    bdev = FailingDev(512, 60)
    vfs.VfsLfs2.mkfs(bdev)
    vfs.mount(vfs.VfsLfs2(bdev), "/l")
    with open("/l/f", "w") as f:
        f.write("x" * 100)
    vfs.umount("/l")
    bdev.fail = result
    try:
        vfs.VfsLfs2(bdev)
        print("lfs", result, "mounted")
    except OSError as e:
        print("lfs", result, e)

    fdev = FailingDev(512, 60)
    vfs.VfsFat.mkfs(fdev)
    fs = vfs.VfsFat(fdev)
    vfs.mount(fs, "/f")
    fdev.fail = result
    try:
        with open("/f/new", "w") as f:
            f.write("y")
    except OSError as e:
        print("fat write", result, e)
    vfs.umount("/f")

bdev = FailingDev(512, 60)
vfs.VfsLfs2.mkfs(bdev)
bdev.fail = "bad"
try:
    vfs.VfsLfs2(bdev)
except TypeError as e:
    print("TypeError:", e)


class NoRead:
    pass


class NoCount:
    def readblocks(self, n, buf):
        pass


for dev in (NoRead(), NoCount()):
    try:
        vfs.mount(dev, "/x")
    except AttributeError as e:
        print("AttributeError:", e)
