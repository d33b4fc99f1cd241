# The block-device protocol as the VFS drives Python devices (vfs.md 7): call forms, buffers, return values.
import os
import vfs


class LoggingDev:
    def __init__(self, block_size, num_blocks):
        self.block_size = block_size
        self.data = bytearray(b"\xff" * (block_size * num_blocks))
        self.log = []

    def readblocks(self, block_num, buf, offset=None):
        self.log.append(("readblocks", block_num, len(buf), offset, type(buf).__name__))
        addr = block_num * self.block_size + (offset or 0)
        buf[:] = self.data[addr:addr + len(buf)]

    def writeblocks(self, block_num, buf, offset=None):
        self.log.append(("writeblocks", block_num, len(buf), offset))
        addr = block_num * self.block_size + (offset or 0)
        self.data[addr:addr + len(buf)] = buf

    def ioctl(self, op, arg):
        self.log.append(("ioctl", op, arg))
        if op == 4:
            return len(self.data) // self.block_size
        if op == 5:
            return self.block_size
        if op == 6:
            addr = arg * self.block_size
            self.data[addr:addr + self.block_size] = b"\xff" * self.block_size
            return 0


# littlefs: ioctl(1, 1) first, then block size and count; only the extended forms, within one block.
d = LoggingDev(4096, 16)
vfs.VfsLfs2.mkfs(d)
print(d.log[:3])
print(sorted(set(e[0] + str(len(e)) for e in d.log)))
print(all(e[3] is not None for e in d.log if e[0] != "ioctl"))
print(all(e[2] <= 4096 for e in d.log if e[0] != "ioctl"))
print(set(e[4] for e in d.log if e[0] == "readblocks"))
fs = vfs.VfsLfs2(d)
print(fs.statvfs("/"))

# FAT: only the simple two-argument forms, whole sectors.
d = LoggingDev(512, 64)
vfs.VfsFat.mkfs(d)
print(all(e[3] is None for e in d.log if e[0] != "ioctl"))
print(all(e[2] % 512 == 0 for e in d.log if e[0] != "ioctl"))


# A device whose reads fail: auto-detection falls through to FAT, which reports EIO.
class FailingDev(LoggingDev):
    def readblocks(self, block_num, buf, offset=None):
        return -5


try:
    vfs.mount(FailingDev(512, 64), "/fail")
except OSError as e:
    print("failing reads:", e)


# littlefs surfaces the device's errno when reading file data; a positive result means EINVAL.
class ErrnoDev(LoggingDev):
    result = None

    def readblocks(self, block_num, buf, offset=None):
        if self.result is not None:
            return self.result
        LoggingDev.readblocks(self, block_num, buf, offset)


d = ErrnoDev(512, 16)
vfs.VfsLfs2.mkfs(d)
fs = vfs.VfsLfs2(d)
with fs.open("/data.bin", "wb") as f:
    f.write(bytes(300))
for result in (-5, 5, 33, "bad"):
    f = fs.open("/data.bin", "rb")
    d.result = result
    try:
        f.read()
    except OSError as e:
        print("read returned", result, "->", e)
    except TypeError as e:
        print("read returned", repr(result), "-> TypeError:", e)
    d.result = None


# Objects that are not block devices.
class NoRead:
    pass


class NoCount:
    def readblocks(self, block_num, buf):
        pass


for obj in (NoRead(), NoCount()):
    try:
        vfs.mount(obj, "/x")
    except AttributeError as e:
        print("AttributeError:", e)


# ioctl(5) answering None: FAT assumes 512-byte sectors, littlefs needs an int.
class NoBlockSize(LoggingDev):
    def ioctl(self, op, arg):
        if op == 5:
            return None
        return LoggingDev.ioctl(self, op, arg)


vfs.VfsFat.mkfs(NoBlockSize(512, 64))
print("FAT without ioctl(5): ok")
try:
    vfs.VfsLfs2.mkfs(NoBlockSize(512, 64))
except TypeError as e:
    print("TypeError:", e)


# The legacy protocol: count() instead of ioctl, 512-byte blocks.
class Legacy:
    def __init__(self, n):
        self.data = bytearray(512 * n)

    def readblocks(self, block_num, buf):
        buf[:] = self.data[block_num * 512:block_num * 512 + len(buf)]

    def writeblocks(self, block_num, buf):
        self.data[block_num * 512:block_num * 512 + len(buf)] = buf

    def count(self):
        return len(self.data) // 512


vfs.mount(Legacy(60), "/legacy", mkfs=True)
with open("/legacy/f.txt", "w") as f:
    f.write("legacy")
print(os.listdir("/legacy"), open("/legacy/f.txt").read())
vfs.umount("/legacy")


# A read-only device (no writeblocks): writes fail with EROFS.
class ReadOnly:
    def __init__(self, data):
        self.data = data

    def readblocks(self, block_num, buf):
        buf[:] = self.data[block_num * 512:block_num * 512 + len(buf)]

    def count(self):
        return len(self.data) // 512


formatted = Legacy(60)
vfs.VfsFat.mkfs(formatted)
vfs.mount(ReadOnly(formatted.data), "/rodev")
try:
    open("/rodev/x", "w")
except OSError as e:
    print("no writeblocks:", e)
vfs.umount("/rodev")


# Exceptions raised by a device method propagate unchanged.
class Raising(LoggingDev):
    def readblocks(self, block_num, buf, offset=None):
        raise RuntimeError("device unplugged")


try:
    vfs.VfsFat(Raising(512, 64))
except RuntimeError as e:
    print("RuntimeError:", e)
