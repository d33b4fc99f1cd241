# flush() and close() commit a FAT file to the device (ioctl 3 = sync); a second VfsFat over a
# copy of the device bytes sees exactly what was committed.
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


class SyncCountingDev(RAMBlockDev):
    syncs = 0

    def ioctl(self, op, arg):
        if op == 3:
            self.syncs += 1
        return super().ioctl(op, arg)


def snapshot_size(bdev, path):
    copy = RAMBlockDev(bdev.block_size, len(bdev.data) // bdev.block_size)
    copy.data[:] = bdev.data
    fs = vfs.VfsFat(copy)
    try:
        return fs.stat(path)[6]
    except OSError as e:
        return e.errno


bdev = SyncCountingDev(4096, 40)
vfs.VfsFat.mkfs(bdev)
vfs.mount(vfs.VfsFat(bdev), "/fat")
f = open("/fat/log.txt", "w")
f.write("a" * 100)
s = bdev.syncs
f.flush()
print(bdev.syncs > s, snapshot_size(bdev, "/log.txt"))
f.write("b" * 5000)
f.flush()
print(snapshot_size(bdev, "/log.txt"))
f.write("c")
f.close()
print(snapshot_size(bdev, "/log.txt"), os.stat("/fat/log.txt")[6])
s = bdev.syncs
os.sync()
print(bdev.syncs == s + 1)
