# VfsLfs1 (littlefs v1 format): files, directories, rename, errors and statvfs.
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

bdev = RAMBlockDevice(4096, 32)
vfs.VfsLfs1.mkfs(bdev, readsize=64, progsize=64, lookahead=128)
fs = vfs.VfsLfs1(bdev, readsize=64, progsize=64, lookahead=128)
print(fs)
vfs.mount(fs, "/v1")
print(os.statvfs("/v1"))
os.mkdir("/v1/dir")
with open("/v1/dir/a.txt", "w") as f:
    f.write("version one\n")
with open("/v1/big.bin", "wb") as f:
    for i in range(10):
        f.write(bytes([i]) * 1000)
print(sorted(os.listdir("/v1")), os.listdir("/v1/dir"))
print(os.stat("/v1/big.bin")[6], os.stat("/v1/dir")[0], open("/v1/dir/a.txt").read())
with open("/v1/big.bin", "rb") as f:
    f.seek(5500)
    print(f.read(3), f.tell())
os.rename("/v1/dir/a.txt", "/v1/b.txt")
print(sorted(os.listdir("/v1")), os.listdir("/v1/dir"))
for label, action in (
    ("missing", lambda: os.stat("/v1/none")),
    ("mkdir existing", lambda: os.mkdir("/v1/dir")),
    ("rmdir non-empty", lambda: (open("/v1/dir/x", "w").close(), os.rmdir("/v1/dir"))),
):
    try:
        action()
        print(label, "ok")
    except OSError as e:
        print(label, e)
vfs.umount("/v1")
vfs.mount(bdev, "/auto")
print(vfs.mount()[-2][0], sorted(os.listdir("/auto")), open("/auto/b.txt").read())
