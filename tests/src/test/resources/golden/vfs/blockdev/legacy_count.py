# The legacy block-device protocol: count() (and optional sync()) instead of ioctl; 512-byte blocks.
import os
import vfs


class LegacyDev:
    def __init__(self, n):
        self.data = bytearray(512 * n)
        self.syncs = 0

    def readblocks(self, n, buf):
        buf[:] = self.data[n * 512 : n * 512 + len(buf)]

    def writeblocks(self, n, buf):
        self.data[n * 512 : n * 512 + len(buf)] = buf

    def count(self):
        return len(self.data) // 512

    def sync(self):
        self.syncs += 1


bdev = LegacyDev(128)
vfs.VfsFat.mkfs(bdev)
print(bdev.syncs > 0)
vfs.mount(bdev, "/legacy")
print(os.statvfs("/legacy"))
with open("/legacy/f.txt", "w") as f:
    f.write("legacy device")
before = bdev.syncs
os.sync()
print(bdev.syncs > before)
vfs.umount("/legacy")
vfs.mount(vfs.VfsFat(bdev), "/legacy", readonly=True)
print(os.listdir("/legacy"), open("/legacy/f.txt").read())

