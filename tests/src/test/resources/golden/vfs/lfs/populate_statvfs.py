# The fixtures' populate() on VfsLfs2 (mtime=False): content and statvfs as MicroPython reports.
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


def populate(root):
    with open(root + "/hello.txt", "w") as f:
        f.write("Hello world")
    os.mkdir(root + "/data")
    os.mkdir(root + "/data/empty")
    with open(root + "/data/log.txt", "w") as f:
        for i in range(300):
            f.write("%04d,temperature,%d.%d\n" % (i, 20 + i % 7, i % 10))
    with open(root + "/data/big.bin", "wb") as f:
        for i in range(40):
            f.write(bytes((i * 7 + j) & 255 for j in range(256)))
    with open(root + "/A Long File Name.txt", "w") as f:
        f.write("long name\n")
    os.rename(root + "/hello.txt", root + "/greeting.txt")


for label, bs, n in (("lfs2", 512, 128), ("lfs2", 4096, 64)):
    bdev = RAMBlockDevice(bs, n)
    if label == "lfs2":
        vfs.VfsLfs2.mkfs(bdev)
        fs = vfs.VfsLfs2(bdev, mtime=False)
    else:
        vfs.VfsLfs1.mkfs(bdev)
        fs = vfs.VfsLfs1(bdev)
    vfs.mount(fs, "/img")
    populate("/img")
    print(label, bs, n, os.statvfs("/img"))
    print(sorted((e[0], e[1]) for e in os.ilistdir("/img")))
    print(sorted((e[0], e[1]) for e in os.ilistdir("/img/data")))
    print([os.stat("/img/" + p)[6] for p in ("greeting.txt", "A Long File Name.txt", "data/log.txt", "data/big.bin")])
    vfs.umount("/img")
    vfs.mount(bdev, "/again")
    print(vfs.mount()[-2], open("/again/greeting.txt").read())
    with open("/again/data/big.bin", "rb") as f:
        f.seek(256 * 39)
        print(f.read(4))
    vfs.umount("/again")
