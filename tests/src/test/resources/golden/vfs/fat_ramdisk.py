# VfsFat on a RAM block device written in Python (simple protocol only, as FatFs uses it).
import os
import vfs


class RAMBlockDev:
    def __init__(self, block_size, num_blocks):
        self.block_size = block_size
        self.data = bytearray(block_size * num_blocks)

    def readblocks(self, block_num, buf):
        for i in range(len(buf)):
            buf[i] = self.data[block_num * self.block_size + i]

    def writeblocks(self, block_num, buf):
        for i in range(len(buf)):
            self.data[block_num * self.block_size + i] = buf[i]

    def ioctl(self, op, arg):
        if op == 4:  # number of blocks
            return len(self.data) // self.block_size
        if op == 5:  # block size
            return self.block_size


bdev = RAMBlockDev(512, 50)

# A blank device has no filesystem: mounting it fails until it is formatted.
try:
    vfs.mount(bdev, "/ramdisk")
except OSError as e:
    print("blank:", e)

vfs.VfsFat.mkfs(bdev)
fs = vfs.VfsFat(bdev)
print(fs)
vfs.mount(fs, "/ramdisk")
print(os.statvfs("/ramdisk"))

with open("/ramdisk/hello.txt", "w") as f:
    print(f.write("hello\n"))
    print(f.write(b"world\n"))
with open("/ramdisk/hello.txt") as f:
    print(repr(f.read()))
with open("/ramdisk/hello.txt", "rb") as f:
    print(f.readline(), f.tell())
    print(f.read(3), f.seek(-2, 2), f.read())

os.mkdir("/ramdisk/sub")
with open("/ramdisk/sub/data.bin", "wb") as f:
    f.write(bytes(range(200)) * 3)
print(os.listdir("/ramdisk"))
print(list(os.ilistdir("/ramdisk")))
print(os.stat("/ramdisk/sub/data.bin")[0], os.stat("/ramdisk/sub/data.bin")[6])
print(os.stat("/ramdisk/sub")[0], os.stat("/ramdisk/sub")[6])
print(os.statvfs("/ramdisk")[3])

# MicroPython's FAT error matrix (os.md 1.4).
for label, action in (
    ("stat missing", lambda: os.stat("/ramdisk/nope")),
    ("open missing", lambda: open("/ramdisk/nope")),
    ("mkdir existing", lambda: os.mkdir("/ramdisk/sub")),
    ("rmdir non-empty", lambda: os.rmdir("/ramdisk/sub")),
    ("rmdir file", lambda: os.rmdir("/ramdisk/hello.txt")),
    ("remove dir", lambda: os.remove("/ramdisk/sub")),
    ("file as dir", lambda: os.stat("/ramdisk/hello.txt/x")),
    ("open dir", lambda: open("/ramdisk/sub")),
    ("open mount point", lambda: open("/ramdisk")),
    ("trailing slash", lambda: os.stat("/ramdisk/sub/")),
):
    try:
        action()
        print(label, "ok")
    except OSError as e:
        print(label, e.errno, e)

# Current directory inside the mount.
os.chdir("/ramdisk/sub")
print(os.getcwd(), os.listdir())
os.chdir("..")
print(os.getcwd())
os.chdir("..")
print(os.getcwd())
os.rename("hello.txt", "sub/moved.txt")
print(os.listdir("sub"))
os.remove("sub/moved.txt")
os.unlink("sub/data.bin")
os.rmdir("sub")
print(os.listdir("/ramdisk"), os.statvfs("/ramdisk")[3])

# The mount table, and leaving the mount resets the current directory.
print(vfs.mount()[-2:])
vfs.umount("/ramdisk")
print(os.getcwd())

# Read-only mount: writes fail with EROFS, which the errno module has no name for.
vfs.mount(fs, "/ro", readonly=True)
try:
    open("/ro/new.txt", "w")
except OSError as e:
    print("readonly:", e)
print(os.listdir("/ro"))
vfs.umount(fs)
