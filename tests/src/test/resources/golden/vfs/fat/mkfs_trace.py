# The block-device calls VfsFat makes: only the simple two-argument forms, ioctl 1/5/4/3.
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


class TracingDev(RAMBlockDev):
    def __init__(self, *args):
        super().__init__(*args)
        self.log = []

    def readblocks(self, block_num, buf):
        self.log.append(("read", block_num, len(buf)))
        super().readblocks(block_num, buf)

    def writeblocks(self, block_num, buf):
        self.log.append(("write", block_num, len(buf)))
        super().writeblocks(block_num, buf)

    def ioctl(self, op, arg):
        self.log.append(("ioctl", op, arg))
        return super().ioctl(op, arg)


bdev = TracingDev(512, 50)
vfs.VfsFat.mkfs(bdev)
for entry in bdev.log:
    print(entry)
print(bytes(bdev.data[510:512]), bytes(bdev.data[512:515]))
print(bytes(bdev.data[3:11]), bdev.data[13], bdev.data[16], bdev.data[17] | bdev.data[18] << 8)
